package org.stakeholderportal.review.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.stakeholderportal.contribution.entity.ContributionStatus;

/** The secretariat's overview of a process: input per day and per article, backlog, speed of decisions, mail. */
public class Dashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One bar of a chart, with its share of the longest bar (0–100) for drawing. */
    public static class Bar implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String label;
        private final LocalDate day;
        private final long count;
        private long percent;

        public Bar(String label, LocalDate day, long count) {
            this.label = label;
            this.day = day;
            this.count = count;
        }

        public String getLabel() { return label; }
        public LocalDate getDay() { return day; }
        public long getCount() { return count; }
        public long getPercent() { return percent; }
    }

    private final List<Bar> perDay;
    private final List<Bar> perArticle;
    private final Map<ContributionStatus, Long> perStatus;
    private final long backlog;
    private final long decided;
    private final Double averageHoursToDecision;
    private final long mailPending;
    private final long mailFailed;

    public Dashboard(List<Bar> perDay, List<Bar> perArticle, Map<ContributionStatus, Long> perStatus, long backlog, long decided,
            Double averageHoursToDecision, long mailPending, long mailFailed) {
        this.perDay = scaled(perDay);
        this.perArticle = scaled(perArticle);
        this.perStatus = perStatus;
        this.backlog = backlog;
        this.decided = decided;
        this.averageHoursToDecision = averageHoursToDecision;
        this.mailPending = mailPending;
        this.mailFailed = mailFailed;
    }

    private static List<Bar> scaled(List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::getCount).max().orElse(0);
        bars.forEach(bar -> bar.percent = max == 0 ? 0 : Math.round(100.0 * bar.count / max));
        return bars;
    }

    public List<Bar> getPerDay() { return perDay; }
    public List<Bar> getPerArticle() { return perArticle; }
    public Map<ContributionStatus, Long> getPerStatus() { return perStatus; }
    public long getBacklog() { return backlog; }
    public long getDecided() { return decided; }
    public Double getAverageHoursToDecision() { return averageHoursToDecision; }
    public long getMailPending() { return mailPending; }
    public long getMailFailed() { return mailFailed; }
}
