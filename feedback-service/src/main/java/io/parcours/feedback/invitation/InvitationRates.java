package io.parcours.feedback.invitation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

import io.parcours.common.error.ValidationException;
import io.parcours.common.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Response rates: what became of the invitations of a survey, touchpoint, stage or journey — invited, sent, opened,
 * answered, the rate (answered of sent) and the median time to answer — in all and per channel. Two reads for any
 * number of ids: the counts per state (one aggregation) and the answered invitations' times.
 */
@ApplicationScoped
public class InvitationRates {

    public static final int MAX_IDS = 1_000;

    private final Invitations invitations;
    private final Caller caller;

    InvitationRates(Invitations invitations, Caller caller) {
        this.invitations = invitations;
        this.caller = caller;
    }

    /** The numbers of some invitations: of one channel, or of all ({@code channel} null, then also per channel). */
    public record Stats(String channel, long invited, long scheduled, long sent, long opened, long answered,
            long suppressed, long failed, Double responseRate, Long medianSecondsToAnswer, List<Stats> byChannel) {
    }

    public Uni<Stats> ofSurvey(String surveyId) {
        return byLink("surveyId", List.of(surveyId)).map(all -> all.get(0));
    }

    /** One Stats per id of the link ("surveyId", "touchpointId", "stageId", "journeyId"), in order. */
    public Uni<List<Stats>> byLink(String link, List<String> ids) {
        if (ids.size() > MAX_IDS) {
            return Uni.createFrom().failure(ValidationException.of("ids", "must hold at most " + MAX_IDS + " ids"));
        }
        return caller.workspaceToRead().chain(workspace -> ids.isEmpty() ? Uni.createFrom().item(List.of())
                : invitations.countsByLink(workspace, link, ids).chain(counts -> invitations
                        .answeredByLink(workspace, link, ids).map(answered -> stats(link, ids, counts, answered))));
    }

    private static List<Stats> stats(String link, List<String> ids, List<Document> counts, List<Document> answered) {
        // id → channel → state → count, and id → channel → seconds to answer
        Map<String, Map<String, Map<InvitationState, Long>>> countsOf = new HashMap<>();
        for (Document group : counts) {
            Document key = group.get("_id", Document.class);
            countsOf.computeIfAbsent(key.getString("id"), k -> new TreeMap<>())
                    .computeIfAbsent(channel(key.getString("channel")), k -> new EnumMap<>(InvitationState.class))
                    .merge(InvitationState.valueOf(key.getString("state")), ((Number) group.get("count")).longValue(), Long::sum);
        }
        Map<String, Map<String, List<Long>>> secondsOf = new HashMap<>();
        for (Document d : answered) {
            if (d.getDate("sentAt") != null && d.getDate("answeredAt") != null) {
                secondsOf.computeIfAbsent(d.getString(link), k -> new HashMap<>())
                        .computeIfAbsent(channel(d.getString("channel")), k -> new ArrayList<>())
                        .add((d.getDate("answeredAt").getTime() - d.getDate("sentAt").getTime()) / 1000);
            }
        }
        List<Stats> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            Map<String, Map<InvitationState, Long>> byChannel = countsOf.getOrDefault(id, Map.of());
            Map<String, List<Long>> seconds = secondsOf.getOrDefault(id, Map.of());
            List<Stats> channels = new ArrayList<>();
            Map<InvitationState, Long> all = new EnumMap<>(InvitationState.class);
            List<Long> allSeconds = new ArrayList<>();
            byChannel.forEach((channel, states) -> {
                List<Long> ofChannel = seconds.getOrDefault(channel, List.of());
                channels.add(of(channel, states, ofChannel, List.of()));
                states.forEach((state, count) -> all.merge(state, count, Long::sum));
                allSeconds.addAll(ofChannel);
            });
            result.add(of(null, all, allSeconds, channels));
        }
        return result;
    }

    private static String channel(String stored) {
        return stored == null ? "EMAIL" : stored;
    }

    static Stats of(String channel, Map<InvitationState, Long> counts, List<Long> secondsToAnswer, List<Stats> byChannel) {
        long answered = counts.getOrDefault(InvitationState.ANSWERED, 0L);
        long opened = answered + counts.getOrDefault(InvitationState.OPENED, 0L);
        long sent = opened + counts.getOrDefault(InvitationState.SENT, 0L)
                + counts.getOrDefault(InvitationState.BOUNCED, 0L) + counts.getOrDefault(InvitationState.EXPIRED, 0L);
        long invited = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Stats(channel, invited, counts.getOrDefault(InvitationState.SCHEDULED, 0L), sent, opened, answered,
                counts.getOrDefault(InvitationState.SUPPRESSED, 0L), counts.getOrDefault(InvitationState.FAILED, 0L),
                sent == 0 ? null : (double) answered / sent, median(secondsToAnswer), byChannel);
    }

    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
