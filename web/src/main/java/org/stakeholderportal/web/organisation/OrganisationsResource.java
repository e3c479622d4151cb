package org.stakeholderportal.web.organisation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stakeholderportal.web.platform.CsvCells;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.Organisation;

/** GET /api/processes/{id}/organisations.csv: the public list of accredited organisations as open data. */
@Path("processes")
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    @Inject
    Drafts drafts;

    @GET
    @Path("{id}/organisations.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long processId) {
        NegotiationProcess process = drafts.process(processId).orElseThrow(NotFoundException::new);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader("name", "name_english", "acronym", "category", "country", "region", "ecosoc_status", "website", "status")
                    .get())) {
                for (Accreditation a : organisations.accredited(processId)) {
                    Organisation o = a.getOrganisation();
                    csv.printRecord(CsvCells.cell(o.getName()), CsvCells.cell(o.getNameEnglish()), CsvCells.cell(o.getAcronym()), o.getCategory(),
                            o.getCountry(), o.getRegion(), o.getEcosocStatus(), CsvCells.cell(o.getWebsite()), a.getStatus());
                }
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"organisations-" + process.getCode() + ".csv\"")
                .build();
    }
}
