package org.civicinspect.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicinspect.excel.BlankChecklist;
import org.civicinspect.excel.BlankChecklistWriter;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Person;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Team;
import org.civicinspect.store.IndicatorSetRepository;
import org.civicinspect.store.PeopleRepository;
import org.civicinspect.store.Workspace;

/** {@code report blank}: the round's blank checklists, one sheet per assigned site, grouped by team. */
public final class ExportBlankChecklists {

    private final Workspace workspace;

    public ExportBlankChecklists(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Returns how many pages were written. */
    public int run(String roundReference, Path out, Progress progress) throws IOException {
        RoundDetails details = new ShowRound(workspace).run(roundReference);
        List<DrawnSite> assigned = details.drawn().stream().filter(d -> d.team() != null)
                .sorted(Comparator.comparing(DrawnSite::team)).toList();
        if (assigned.isEmpty()) {
            throw new RoundRequestException("round.notAssigned", details.round().name());
        }
        IndicatorTree tree = workspace.read(c -> new IndicatorSetRepository().loadTree(c, details.round().indicatorSetId()));
        Map<String, String> members = workspace.read(new PeopleRepository()::teams).stream()
                .collect(Collectors.toMap(Team::name, t -> t.members().stream().map(Person::name).collect(Collectors.joining("、"))));
        String dates = details.round().start() + " 至 " + details.round().end();
        List<BlankChecklist> pages = new ArrayList<>();
        for (DrawnSite site : assigned) {
            pages.add(new BlankChecklist(details.round().name(), dates, site.team(), members.getOrDefault(site.team(), ""),
                    site.site(), tree.filtered(s -> s.appliesTo(site.site().siteType()))));
        }
        Path folder = out.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".report-", ".xlsx");
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                new BlankChecklistWriter().write(pages, stream, progress);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return pages.size();
    }
}
