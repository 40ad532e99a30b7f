package org.rspnavigator.webapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * RSP Navigator: the ISO 21860 clinical-imaging Reference Standards Portfolio and the IHE profiles,
 * searchable and turned into procurement documents. Styles come from the {@code themes} module as
 * plain CSS, so that no frontend build is ever needed.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/rsp-navigator/styles.css")
@Meta(name = "description", content = "RSP Navigator: the ISO 21860 clinical-imaging standards portfolio, IHE profiles and RFP language")
public class RspNavigatorApplication implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    public static void main(String[] args) {
        SpringApplication.run(RspNavigatorApplication.class, args);
    }
}
