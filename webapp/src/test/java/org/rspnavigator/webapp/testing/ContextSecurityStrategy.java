package org.rspnavigator.webapp.testing;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before every test, points Spring Security's JVM-wide {@link SecurityContextHolder} at the
 * strategy of the application context that test runs against.
 *
 * <p>Vaadin installs a strategy of its own in every application context it starts, and the holder
 * keeps only the last one. A test class that reuses a context cached earlier would otherwise sign
 * its user in (with {@code @WithUserDetails}) into another context's strategy, and the views or the
 * server would see nobody. The application itself runs one context, where this cannot happen.
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 1000; // before Spring Security's WithSecurityContextTestExecutionListener (10000)
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
