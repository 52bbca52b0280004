package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each group of a ranking stands, and why: its rank by 得分率 (equal rates share a rank and the next rank
 * skips; ties are listed by name), whether it is on the red list (the first N ranks) or the black list (the last N,
 * counted from the bottom in the same way), and its rank in the previous round. A group with nothing scored (every
 * answer 不适用) has no rate and is not ranked. With fewer than 2N ranked groups each list takes half of them, so a
 * list never repeats what the other holds.
 */
public final class Standings {

    /** The list a group is on. */
    public enum Honour { RED, BLACK, NONE }

    /** How the lists were drawn: N as asked, N as applied, how many groups were ranked, whether a previous round was compared. */
    public record Lists(int asked, int size, int ranked, boolean compared) {
    }

    /**
     * One ranked group. {@code key} identifies it (a site's id, a district's name); {@code name} is what people read.
     * {@code previous} and {@code previousRank} are null where it had no rate or rank in the previous round.
     */
    public record Standing(String key, String name, Aggregate aggregate, int rank, List<String> tiedWith, int rankFromBottom, Honour honour,
                           Aggregate previous, Integer previousRank, Lists lists) {

        public Standing {
            tiedWith = List.copyOf(tiedWith);
        }

        /** The change of rank against the previous round: ↑2, ↓1, 持平, 新上榜 (not ranked then), or — (no round to compare). */
        public String rankChange() {
            if (!lists.compared()) {
                return "—";
            }
            if (previousRank == null) {
                return "新上榜";
            }
            int up = previousRank - rank;
            return up > 0 ? "↑" + up : up < 0 ? "↓" + (-up) : "持平";
        }

        /** Why it has its rank and its list, e.g. {@code 第 2 名（与 城西区 并列），进入红榜（前 3 名）；上期第 4 名（↑2）}. */
        public String why() {
            StringBuilder text = new StringBuilder("第 ").append(rank).append(" 名");
            if (!tiedWith.isEmpty()) {
                text.append("（与 ").append(names(tiedWith)).append(" 并列）");
            }
            switch (honour) {
                case RED -> text.append("，进入红榜（前 ").append(lists.size()).append(" 名）");
                case BLACK -> text.append("，倒数第 ").append(rankFromBottom).append(" 名，进入黑榜（后 ").append(lists.size()).append(" 名）");
                case NONE -> text.append(lists.size() == 0 ? "，参与排名的不足 2 个，不设红黑榜"
                        : "，未进入红黑榜（红榜前 " + lists.size() + " 名，黑榜后 " + lists.size() + " 名）");
            }
            if (lists.size() > 0 && lists.size() < lists.asked()) {
                text.append("；参与排名 ").append(lists.ranked()).append(" 个，不足 ").append(2 * lists.asked())
                        .append(" 个，红黑榜各取 ").append(lists.size()).append(" 名");
            }
            if (lists.compared()) {
                text.append(previousRank == null ? "；上期未参与排名（新上榜）" : "；上期第 " + previousRank + " 名（" + rankChange() + "）");
            }
            return text.toString();
        }

        private static String names(List<String> names) {
            int shown = 3;
            return names.size() <= shown ? String.join("、", names)
                    : String.join("、", names.subList(0, shown)) + " 等 " + names.size() + " 个";
        }
    }

    /** A ranking: the ranked groups in order, and the names of the groups left out for want of a rate. */
    public record Table(List<Standing> standings, List<String> unrated) {
        public Table {
            standings = List.copyOf(standings);
            unrated = List.copyOf(unrated);
        }
    }

    private Standings() {
    }

    /**
     * Ranks {@code groups} (by key) with red and black lists of {@code asked} each, against {@code previous} (the same
     * grouping in the previous round, or null when there is none).
     */
    public static Table of(Map<String, Aggregate> groups, Function<String, String> nameOf, Map<String, Aggregate> previous, int asked) {
        List<Map.Entry<String, Aggregate>> rated = ordered(groups, nameOf);
        Map<String, Integer> previousRanks = new HashMap<>();
        if (previous != null) {
            List<Map.Entry<String, Aggregate>> before = ordered(previous, nameOf);
            int[] ranks = ranks(before);
            for (int i = 0; i < before.size(); i++) {
                previousRanks.put(before.get(i).getKey(), ranks[i]);
            }
        }
        int[] ranks = ranks(rated);
        int size = Math.min(asked, rated.size() / 2);
        Lists lists = new Lists(asked, size, rated.size(), previous != null);
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < rated.size(); i++) {
            BigDecimal rate = rated.get(i).getValue().scoreRate();
            List<String> tied = new ArrayList<>();
            int lower = 0;
            for (int j = 0; j < rated.size(); j++) {
                int compared = rated.get(j).getValue().scoreRate().compareTo(rate);
                if (j != i && compared == 0) {
                    tied.add(nameOf.apply(rated.get(j).getKey()));
                }
                lower += compared < 0 ? 1 : 0;
            }
            int fromBottom = lower + 1;
            Honour honour = ranks[i] <= size ? Honour.RED : fromBottom <= size ? Honour.BLACK : Honour.NONE;
            String key = rated.get(i).getKey();
            Aggregate before = previous == null ? null : previous.get(key);
            standings.add(new Standing(key, nameOf.apply(key), rated.get(i).getValue(), ranks[i], tied, fromBottom, honour,
                    before != null && before.scored() > 0 ? before : null, previousRanks.get(key), lists));
        }
        List<String> unrated = groups.entrySet().stream().filter(e -> e.getValue().scored() == 0).map(e -> nameOf.apply(e.getKey()))
                .sorted().toList();
        return new Table(standings, unrated);
    }

    private static List<Map.Entry<String, Aggregate>> ordered(Map<String, Aggregate> groups, Function<String, String> nameOf) {
        return groups.entrySet().stream().filter(e -> e.getValue().scored() > 0)
                .sorted(Comparator.comparing((Map.Entry<String, Aggregate> e) -> e.getValue().scoreRate()).reversed()
                        .thenComparing(e -> nameOf.apply(e.getKey())).thenComparing(Map.Entry::getKey))
                .toList();
    }

    /** 1, 2, 2, 4: a rank is one more than the number of groups with a higher rate. */
    private static int[] ranks(List<Map.Entry<String, Aggregate>> ordered) {
        int[] ranks = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            boolean tie = i > 0 && ordered.get(i).getValue().scoreRate().compareTo(ordered.get(i - 1).getValue().scoreRate()) == 0;
            ranks[i] = tie ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }
}
