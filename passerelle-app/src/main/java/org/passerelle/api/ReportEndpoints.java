package org.passerelle.api;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.passerelle.auth.Authenticator;
import org.passerelle.auth.Caller;
import org.passerelle.auth.Role;
import org.passerelle.registry.Registry;
import org.passerelle.report.FootprintReport;
import org.passerelle.report.Reports;
import org.passerelle.report.Statement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Transparency documents from the audit trail: the publication's "use of AI" statement
 * ({@code GET /api/statement}), footprint reports ({@code GET /api/admin/report/footprint}) and the
 * data-protection officer's export ({@code GET /api/admin/audit/export}); and models' biases and
 * limits ({@code POST /api/admin/models/{id}/notes}).
 */
final class ReportEndpoints {

    private final Authenticator authenticator;
    private final Registry registry;
    private final Reports reports;

    ReportEndpoints(Authenticator authenticator, Registry registry, Reports reports) {
        this.authenticator = authenticator;
        this.registry = registry;
        this.reports = reports;
    }

    /**
     * {@code GET /api/statement?project=&from=&to=&lang=fr|en&format=md|docx[&user=]}: a user's
     * statement covers their own requests; administrators and the DPO may name a user or cover
     * everyone's.
     */
    void statement(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.require(request);
        var query = request.query();
        String user = query.first("user").orElse(null);
        if (caller.role() == Role.USER) {
            if (user != null && !user.equals(caller.name())) {
                throw new ApiError(403, "permission_error", "forbidden", "A statement covers your own requests only.", "user");
            }
            user = caller.name();
        }
        String project = query.first("project").filter(p -> !p.isBlank()).orElse(null);
        LocalDate from = date(query.first("from").orElse(null), "from");
        LocalDate to = date(query.first("to").orElse(null), "to");
        String language = query.first("lang").orElse("fr");
        String format = query.first("format").orElse("md");
        Statement.Facts facts;
        try {
            facts = reports.statement(project, user, from, to, language);
        } catch (org.passerelle.PasserelleException e) {
            throw ApiError.invalid(e.code().replace('-', '_'), e.getMessage(), null);
        }
        switch (format) {
            case "md" -> {
                response.header(HeaderNames.CONTENT_TYPE, "text/markdown; charset=utf-8");
                response.send(Statement.markdown(facts, language).getBytes(StandardCharsets.UTF_8));
            }
            case "docx" -> {
                response.header(HeaderNames.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"statement.docx\"");
                response.send(Statement.docx(facts, language));
            }
            default -> throw ApiError.invalid("invalid_format", "'format' must be md or docx.", "format");
        }
    }

    /** {@code GET /api/admin/report/footprint?by=team,month&from=&to=&user=&team=&project=&format=json|csv}. */
    void footprint(ServerRequest request, ServerResponse response) {
        AdminEndpoints.require(authenticator, request, Role.ADMIN, Role.DPO);
        var query = request.query();
        List<FootprintReport.Dimension> by;
        try {
            by = Arrays.stream(query.first("by").orElse("month").split(",")).filter(s -> !s.isBlank())
                    .map(FootprintReport.Dimension::parse).distinct().toList();
        } catch (org.passerelle.PasserelleException e) {
            throw ApiError.invalid("invalid_by", e.getMessage(), "by");
        }
        FootprintReport.Report report = reports.footprint(filter(request), by);
        if (query.first("format").orElse("json").equals("csv")) {
            response.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=utf-8");
            response.send(FootprintReport.csv(report).getBytes(StandardCharsets.UTF_8));
        } else {
            Json.send(response, 200, Reports.json(report, Json.MAPPER));
        }
    }

    /** {@code GET /api/admin/audit/export?from=&to=&user=&team=&decision=&label=&format=csv|json}. */
    void export(ServerRequest request, ServerResponse response) {
        AdminEndpoints.require(authenticator, request, Role.ADMIN, Role.DPO);
        Reports.Export export = reports.export(filter(request));
        if (request.query().first("format").orElse("json").equals("csv")) {
            response.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=utf-8");
            response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"");
            response.send(Reports.csv(export).getBytes(StandardCharsets.UTF_8));
        } else {
            Json.send(response, 200, Reports.json(export, Json.MAPPER));
        }
    }

    private org.passerelle.audit.AuditQuery.Filter filter(ServerRequest request) {
        var query = request.query();
        String user = query.first("user").filter(s -> !s.isBlank()).orElse(null);
        String team = query.first("team").filter(s -> !s.isBlank()).orElse(null);
        try {
            return Reports.period(optionalDate(query.first("from").orElse(null), "from"),
                    optionalDate(query.first("to").orElse(null), "to"),
                    user == null ? null : registry.userId(user), team == null ? null : registry.teamId(team),
                    query.first("project").filter(s -> !s.isBlank()).orElse(null),
                    query.first("decision").filter(s -> !s.isBlank()).orElse(null),
                    query.first("label").filter(s -> !s.isBlank()).orElse(null));
        } catch (org.passerelle.PasserelleException e) {
            if (e instanceof ApiError api) {
                throw api;
            }
            throw ApiError.invalid(e.code().replace('-', '_'), e.getMessage(), null);
        }
    }

    /** {@code POST /api/admin/models/{id}/notes {"fr", "en"}}: a model's known biases and limits. */
    void notes(ServerRequest request, ServerResponse response) {
        Caller caller = AdminEndpoints.require(authenticator, request, Role.ADMIN);
        String model = request.path().pathParameters().get("id");
        var input = Json.readObject(request, 64 * 1024);
        Registry.ModelNotes notes = registry.setModelNotes(model, AdminEndpoints.text(input, "fr", true),
                AdminEndpoints.text(input, "en", true), caller.name());
        Json.send(response, 200, Json.MAPPER.createObjectNode().put("model", notes.model()).put("fr", notes.french())
                .put("en", notes.english()));
    }

    private static LocalDate optionalDate(String text, String param) {
        return text == null || text.isBlank() ? null : date(text, param);
    }

    private static LocalDate date(String text, String param) {
        if (text == null || text.isBlank()) {
            throw ApiError.invalid("missing_" + param, "'" + param + "' is required (a date such as 2026-01-31).", param);
        }
        return AdminEndpoints.parseDate(text, param);
    }
}
