package io.votewire.ingest.rest;

import io.votewire.ingest.security.AccessControl;
import io.votewire.ingest.service.ArticleIntake;
import io.votewire.ingest.service.ArticleParser;
import io.votewire.ingest.service.IntakeLimits;
import io.votewire.ingest.service.InvalidArticle;
import io.votewire.ingest.service.Submission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Newsrooms push articles here. Bodies are read as bytes so every kind of bad input gets a precise problem. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class ArticleResource {
    private static final String NDJSON = "application/x-ndjson";

    private final ArticleIntake intake;
    private final ArticleParser parser;
    private final AccessControl access;

    public ArticleResource(ArticleIntake intake, IntakeLimits limits, AccessControl access) {
        this.intake = intake;
        this.parser = new ArticleParser(limits);
        this.access = access;
    }

    @POST
    @Operation(summary = "Submit one article", description = "202 once the article is kept (it is then published to Kafka); 200 if this id was already accepted.")
    @RequestBody(description = "{\"id\"?, \"url\"?, \"published\"?, \"headline\"?, \"body\"}")
    @APIResponse(responseCode = "202", description = "accepted")
    @APIResponse(responseCode = "400", description = "invalid article (problem+json)")
    @APIResponse(responseCode = "503", description = "the article could not be kept now (database unavailable); retry after Retry-After")
    public Response submit(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] payload) {
        if (!isJson(contentType)) {
            throw new InvalidArticle(415, "POST /articles takes application/json, not " + describe(contentType));
        }
        Submission s = parser.parseOne(payload);
        ArticleIntake.Result result = intake.accept(s);
        return Response.status(result == ArticleIntake.Result.ACCEPTED ? 202 : 200).entity(receipt(s, result)).build();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Submit many articles", description = "A JSON array or NDJSON (application/x-ndjson). Every item is "
            + "validated before any is published. At most votewire.ingest.batch.max-items articles and max-bytes bytes "
            + "(1,000 and 8 MiB by default); each article counts against the key's rate.")
    @APIResponse(responseCode = "202", description = "all accepted (some may be duplicates)")
    @APIResponse(responseCode = "413", description = "more articles or bytes than a batch may hold (problem+json)")
    @APIResponse(responseCode = "429", description = "the batch's articles exceed the key's rate; retry after Retry-After")
    public Response submitBatch(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream payload) {
        List<Submission> batch;
        if (isJson(contentType)) {
            batch = parser.parseArray(payload);
        } else if (isNdjson(contentType)) {
            batch = parser.parseNdjson(payload);
        } else {
            throw new InvalidArticle(415, "POST /articles/batch takes application/json or " + NDJSON + ", not " + describe(contentType));
        }
        access.chargeBatch(authorization, batch.size());
        List<Map<String, Object>> items = new ArrayList<>();
        int accepted = 0;
        for (Submission s : batch) {
            ArticleIntake.Result result = intake.accept(s);
            accepted += result == ArticleIntake.Result.ACCEPTED ? 1 : 0;
            items.add(receipt(s, result));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accepted", accepted);
        answer.put("duplicates", batch.size() - accepted);
        answer.put("items", items);
        return Response.status(202).entity(answer).build();
    }

    private static Map<String, Object> receipt(Submission s, ArticleIntake.Result result) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", s.id());
        r.put("status", "accepted");
        r.put("duplicate", result == ArticleIntake.Result.DUPLICATE);
        return r;
    }

    private static boolean isJson(String contentType) {
        return mediaType(contentType).equals(MediaType.APPLICATION_JSON);
    }

    private static boolean isNdjson(String contentType) {
        String t = mediaType(contentType);
        return t.equals(NDJSON) || t.equals("application/ndjson") || t.equals("application/jsonl");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static String describe(String contentType) {
        return contentType == null || contentType.isBlank() ? "a request without Content-Type" : "'" + mediaType(contentType) + "'";
    }
}
