package org.civicinspect.gui.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.gui.FxSnapshot;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.service.Services;
import org.civicinspect.service.rectification.ListPartnerProblems;
import org.civicinspect.service.rectification.ListProblems;
import org.civicinspect.service.rectification.ShowRectificationStanding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 包联 on the 整改督办 board, in a real (headless) window of 1366×768 on the demo city, by keyboard: choosing a 包联单位
 * shows only its problems and its place in the 包联 ranking by 整改率; switching to 包联领导 ranks the leaders instead;
 * Enter on the ranking chooses that one.
 */
@ExtendWith(ApplicationExtension.class)
class PartnersOnTheBoardTest {

    @TempDir static Path temp;
    private static Services services;

    @BeforeAll
    static void theDemoCity() {
        Messages.use("zh");
        services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 80, 3, 2, 9), Progress.NONE);
    }

    @Start
    void start(Stage stage) {
        RectificationView view = new RectificationView(services, new FxTaskExecutor(services.workspace().folder()), new ScriptedDialogs(),
                new WorkspaceEvents());
        Scene scene = new Scene(view.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(FxRobot robot, String id, Class<? extends javafx.scene.Node> type) {
        return (T) robot.lookup(id).queryAs(type);
    }

    /** The problems on the board, every column. */
    private static Set<String> board(FxRobot robot) {
        Set<String> ids = new HashSet<>();
        for (ProblemStatus status : ProblemStatus.values()) {
            ListView<ListProblems.Listed> column = lookup(robot, "#column-" + status.name(), ListView.class);
            FxSnapshot.of(column.getItems()).forEach(l -> ids.add(l.problem().id()));
        }
        return ids;
    }

    private static Set<String> problemsOf(ListPartnerProblems.By by, String name) {
        return services.listPartnerProblems().run(by, name).get(0).problems().stream().map(l -> l.problem().id()).collect(Collectors.toSet());
    }

    @Test
    void aPartnerChosenByKeyboardShowsItsProblemsAndItsPlaceInTheRanking(FxRobot robot) throws Exception {
        ComboBox<String> partners = lookup(robot, "#partnerChoice", ComboBox.class);
        ListView<ShowRectificationStanding.UnitStanding> ranking = lookup(robot, "#partnerRateList", ListView.class);
        TabPane tabs = lookup(robot, "#rateTabs", TabPane.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> partners.getItems().size() > 2 && !ranking.getItems().isEmpty());
        Set<String> everyone = board(robot);
        assertEquals("包联单位", tabs.getTabs().get(1).getText());
        List<String> ranked = FxSnapshot.of(ranking.getItems()).stream().map(ShowRectificationStanding.UnitStanding::unit).toList();
        List<ShowRectificationStanding.UnitStanding> expected = services.rankPartnerRectification()
                .of(services.showRound().list().stream().max(java.util.Comparator.comparing(org.civicinspect.model.Round::start)).orElseThrow().id(),
                        services.changePreferences().current().listSize()).units().bestFirst();
        assertEquals(expected.stream().map(ShowRectificationStanding.UnitStanding::unit).toList(), ranked, "the latest round's, best first");

        // Alt+B reaches the 包联 kind, Tab the 包联 itself; Down twice passes 全部包联 to the second 包联单位.
        robot.press(KeyCode.ALT).type(KeyCode.B).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<ListPartnerProblems.By> kinds = lookup(robot, "#partnerKindChoice", ComboBox.class);
        assertTrue(kinds.isFocused());
        robot.type(KeyCode.TAB);
        assertTrue(partners.isFocused());
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        String chosen = partners.getValue();
        assertEquals(partners.getItems().get(2), chosen);
        Set<String> theirs = problemsOf(ListPartnerProblems.By.UNIT, chosen);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> board(robot).equals(theirs));
        assertTrue(theirs.size() < everyone.size(), "only the 包联单位's problems");
        assertSame(tabs.getTabs().get(1), tabs.getSelectionModel().getSelectedItem(), "the 包联 ranking comes into view");
        if (ranked.contains(chosen)) {
            assertEquals(chosen, ranking.getSelectionModel().getSelectedItem().unit(), "its place in the ranking is shown");
        }

        // 包联领导: the choice of a unit is dropped, the leaders are ranked, and Enter on the ranking chooses the first.
        robot.interact(() -> kinds.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> board(robot).equals(everyone));
        assertNull(partners.getValue());
        assertEquals("包联领导", tabs.getTabs().get(1).getText());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !ranking.getItems().isEmpty() && !FxSnapshot.of(ranking.getItems()).get(0).unit()
                .equals(ranked.get(0)));
        String leader = FxSnapshot.of(ranking.getItems()).get(0).unit();
        robot.interact(() -> {
            ranking.requestFocus();
            ranking.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> leader.equals(partners.getValue()));
        Set<String> led = problemsOf(ListPartnerProblems.By.LEADER, leader);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> board(robot).equals(led));
        assertFalse(led.isEmpty());
    }
}
