package org.stakeholderportal.web.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.draft.entity.TocEntry;
import org.stakeholderportal.publication.boundary.PublicSearch;
import org.stakeholderportal.publication.entity.SearchQuery;
import org.stakeholderportal.publication.entity.SearchResults;

/**
 * search.xhtml: words searched in the published input and the draft text of one process, narrowed by facets.
 * Everything is in the address (a GET form and links), so a search can be bookmarked and the page stays stateless.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    PublicSearch search;

    @Inject
    Drafts drafts;

    @Inject
    org.stakeholderportal.web.platform.Labels labels;

    private Long processId;
    private String q;
    private Long draftId;
    private String article;
    private String category;
    private String region;
    private String language;
    private String kind;
    private int page;

    private NegotiationProcess process;
    private List<NegotiationProcess> processes = List.of();
    private SearchResults results;
    private final Map<String, String> articleLabels = new LinkedHashMap<>();

    public void load() {
        processes = drafts.processes();
        process = processId == null ? null : drafts.process(processId).orElse(null);
        if (process == null && !processes.isEmpty()) {
            process = processes.get(0);
        }
        if (process == null) {
            return;
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("article", article);
        chosen.put("category", category);
        chosen.put("region", region);
        chosen.put("language", language);
        chosen.put("kind", kind);
        results = search.search(new SearchQuery(process.getId(), q, draftId, chosen, page, PAGE_SIZE));
        List<Draft> ofProcess = drafts.drafts(process.getId());
        // Later drafts' headings win: a renumbered or renamed article is shown as it reads now.
        for (Draft draft : ofProcess) {
            for (TocEntry entry : drafts.tableOfContents(draft.getId())) {
                if (entry.isArticle()) {
                    articleLabels.put(entry.getAnchor(), entry.label(num -> labels.article(num, false)));
                }
            }
        }
    }

    /** The article's number and heading for an anchor of the process, or the anchor itself if no draft has it. */
    public String articleLabel(String anchor) {
        return articleLabels.getOrDefault(anchor, anchor);
    }

    /** This search with one facet set to a value (or taken off, with null), from its first page. */
    public String link(String facet, String value) {
        Map<String, String> params = params();
        params.put(facet, value);
        params.remove("page");
        return address(params);
    }

    /** This search at another page. */
    public String pageLink(int target) {
        Map<String, String> params = params();
        params.put("page", target == 0 ? null : String.valueOf(target));
        return address(params);
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("process", process == null ? null : String.valueOf(process.getId()));
        params.put("q", q);
        params.put("draft", draftId == null ? null : String.valueOf(draftId));
        params.put("article", article);
        params.put("category", category);
        params.put("region", region);
        params.put("language", language);
        params.put("kind", kind);
        params.put("page", page == 0 ? null : String.valueOf(page));
        return params;
    }

    private static String address(Map<String, String> params) {
        StringBuilder url = new StringBuilder("search.xhtml");
        char separator = '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() != null && !param.getValue().isBlank()) {
                url.append(separator).append(param.getKey()).append('=')
                        .append(java.net.URLEncoder.encode(param.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    public String chosenValue(String facet) {
        return params().get(facet);
    }

    public boolean isChosen(String facet) {
        return switch (facet) {
            case "article" -> article != null && !article.isBlank();
            case "category" -> category != null && !category.isBlank();
            case "region" -> region != null && !region.isBlank();
            case "language" -> language != null && !language.isBlank();
            case "kind" -> kind != null && !kind.isBlank();
            default -> false;
        };
    }

    public boolean isAnyChosen() {
        return SearchQuery.FACETS.stream().anyMatch(this::isChosen);
    }

    public long getPageCount() {
        return results == null ? 0 : (results.getInputTotal() + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    public String getPageLabel() {
        return org.stakeholderportal.web.platform.Messages.text("search.pageOf", page + 1, getPageCount());
    }

    public List<String> getFacetNames() { return SearchQuery.FACETS; }
    public Long getProcessId() { return processId; }
    public void setProcessId(Long processId) { this.processId = processId; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getDraftId() { return draftId; }
    public void setDraftId(Long draftId) { this.draftId = draftId; }
    public String getArticle() { return article; }
    public void setArticle(String article) { this.article = article; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
    public NegotiationProcess getProcess() { return process; }
    public List<NegotiationProcess> getProcesses() { return processes; }
    public SearchResults getResults() { return results; }
}
