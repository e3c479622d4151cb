package org.stakeholderportal.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/** The ceiling of pages and API calls: a JAX-RS resource that returns a constant, closed model, CONCURRENCY users. */
public class PingSimulation extends Simulation {

    {
        Recorder ping = Load.recorder("ceiling: GET /api/ping");
        ScenarioBuilder scenario = scenario("ceiling: GET /api/ping")
                .exec(Load.begin("t"))
                .exec(http("GET /api/ping").get("/api/ping").check(status().saveAs("status"), status().is(200)))
                .exec(Load.end(ping, "t", true));
        setUp(scenario.injectClosed(constantConcurrentUsers(Load.CONCURRENCY).during(Duration.ofSeconds(Load.SECONDS))))
                .protocols(Load.protocol());
    }
}
