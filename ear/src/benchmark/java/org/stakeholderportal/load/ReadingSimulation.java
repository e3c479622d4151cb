package org.stakeholderportal.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Public reading: article pages of the demo's revised draft and search result pages, half the users each, at the same
 * time (closed model), as readers of pages and of search results come together.
 */
public class ReadingSimulation extends Simulation {

    {
        Recorder pages = Load.recorder("reading: GET article page");
        Recorder search = Load.recorder("reading: GET search page");
        int half = Math.max(1, Load.CONCURRENCY / 2);
        ScenarioBuilder articles = scenario("reading: article pages")
                .exec(Load.begin("t"))
                .exec(http("GET article page").get("/drafts/article.xhtml")
                        .queryParam("draft", session -> Load.draftId)
                        .queryParam("article", session -> Load.articles.get(ThreadLocalRandom.current().nextInt(Load.articles.size())))
                        .check(status().saveAs("status"), status().is(200)))
                .exec(Load.end(pages, "t", true));
        ScenarioBuilder searches = scenario("reading: search pages")
                .exec(Load.begin("t"))
                .exec(http("GET search page").get("/search.xhtml")
                        .queryParam("q", session -> Load.SEARCHES.get(ThreadLocalRandom.current().nextInt(Load.SEARCHES.size())))
                        .check(status().saveAs("status"), status().is(200)))
                .exec(Load.end(search, "t", true));
        Duration during = Duration.ofSeconds(Load.SECONDS);
        setUp(articles.injectClosed(constantConcurrentUsers(half).during(during)),
                searches.injectClosed(constantConcurrentUsers(half).during(during)))
                .protocols(Load.protocol());
    }
}
