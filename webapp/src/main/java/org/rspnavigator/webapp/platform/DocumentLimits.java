package org.rspnavigator.webapp.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the {@link DocumentQueue} ({@code rsp.documents.*}).
 *
 * @param maxConcurrent documents made at the same time; 0 (the default) works it out from the CPUs
 *                      and the heap ({@link DocumentQueue#automaticConcurrency})
 * @param queue         documents that may wait for a place; one more is refused as busy
 * @param waitSeconds   how long a caller that waits for its document (the API) waits at most for a place
 * @param renderBudget  how long one document may take to be made before it is stopped
 */
@ConfigurationProperties("rsp.documents")
public record DocumentLimits(@DefaultValue("0") int maxConcurrent, @DefaultValue("64") int queue,
        @DefaultValue("120") long waitSeconds, @DefaultValue("60s") Duration renderBudget) {
}
