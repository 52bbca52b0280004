package org.civicinspect.gui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.MaterialDetails;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.service.Services;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 任务与材料 at the office and at a unit, without a command: the office sends 园林局 its unit task package, the unit's
 * (empty) workspace takes it in once its key is confirmed, files a picture for its standard and writes its reply, and
 * the office takes the reply in, where the picture then is among the standard's files.
 */
class UnitPackagesOnTheTasksPageTest {

    @TempDir static Path temp;
    private static TaskBreakdownCity city;

    @BeforeAll
    static void theCityWithABreakdown() throws Exception {
        city = TaskBreakdownCity.make(temp);
    }

    private static TasksViewModel screen(Services services, ScriptedDialogs dialogs) {
        TasksViewModel screen = new TasksViewModel(TasksView.useCases(services), new CurrentThreadTaskExecutor(), dialogs, new WorkspaceEvents());
        screen.reload();
        return screen;
    }

    @Test
    void aUnitPackageGoesToTheUnitAndItsReplyBringsTheMaterialBack() throws Exception {
        Services unit = new Services(Workspace.open(temp.resolve("园林局的电脑")), TestWorkspaces.CLOCK);
        ScriptedDialogs atOffice = new ScriptedDialogs();
        TasksViewModel office = screen(city.services(), atOffice);
        office.unitProperty().set("园林局");

        atOffice.nextChoice = "园林局";
        atOffice.nextText = unit.showDeviceKey().fingerprint();
        atOffice.nextPackageSave = temp.resolve("园林局-任务.cipkg");
        office.sendToUnit();
        assertEquals("园林局", atOffice.offeredChoices.get(0).get(0), "the unit chosen on the page is offered first");
        assertTrue(atOffice.offeredChoices.get(0).containsAll(List.of("城管局", "交通局")), atOffice.offeredChoices::toString);
        assertTrue(Files.size(atOffice.nextPackageSave) > 0);
        assertTrue(atOffice.informations.get(0).contains("测评标准 1 条"), atOffice.informations::toString);

        ScriptedDialogs atUnit = new ScriptedDialogs();
        TasksViewModel desk = screen(unit, atUnit);
        assertFalse(desk.unitWorkspaceProperty().get());
        assertTrue(desk.rounds().isEmpty(), "an empty workspace, which the task package makes the unit's");
        atUnit.nextUnitPackages = List.of(atOffice.nextPackageSave);
        atUnit.confirmAnswer = true;
        desk.receiveUnitPackages();
        assertTrue(atUnit.confirmations.get(0).contains(city.services().showDeviceKey().fingerprint()), "the office's key is confirmed first");
        assertTrue(desk.unitWorkspaceProperty().get(), atUnit.errors::toString);
        assertTrue(atUnit.reports.stream().anyMatch(line -> line.contains("测评标准 1 条")), atUnit.reports::toString);
        String standard = desk.rows().get(0).code();
        assertEquals(city.materials().get(3).code(), standard);
        desk.showFiles(standard);
        assertTrue(desk.files().isEmpty());

        atUnit.nextPackageSave = temp.resolve("园林局-空回复.cipkg");
        desk.writeReply();
        assertTrue(atUnit.errors.get(0).contains("“添加材料…”"), "nothing to reply with names the button, not a command: " + atUnit.errors);
        assertFalse(Files.exists(atUnit.nextPackageSave));
        atUnit.errors.clear();

        Path picture = Files.createDirectories(temp.resolve("园林局的材料")).resolve("绿化养护现场.png");
        ImageIO.write(new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        atUnit.nextMaterialFile = picture;
        atUnit.nextMaterialDetails = new MaterialDetails(" ", "实景图片", "2026-05-01", List.of(standard));
        desk.addMaterial(standard);
        assertEquals("没有给出材料标题", atUnit.errors.get(0), "a refusal is one sentence");
        assertTrue(unit.listMaterialFiles().run(city.round().id(), standard).files().isEmpty(), "and files nothing");
        atUnit.nextMaterialDetails = new MaterialDetails("绿化养护现场", "实景图片", "2026-05-01", List.of(standard));
        desk.addMaterial(standard);
        assertEquals(1, unit.listMaterialFiles().run(city.round().id(), standard).files().size(), atUnit.errors::toString);
        assertEquals(1, desk.files().size(), "the standard's files show the new one");

        atUnit.nextPackageSave = temp.resolve("园林局-回复.cipkg");
        desk.writeReply();
        assertTrue(atUnit.informations.get(0).contains("材料 1 份"), atUnit.informations::toString);

        atOffice.nextUnitPackages = List.of(atUnit.nextPackageSave);
        office.receiveUnitPackages();
        assertTrue(atOffice.reports.stream().anyMatch(line -> line.contains("包中材料 1 份，其中新增 1 份")), atOffice.reports::toString);
        List<MaterialFile> filed = city.services().listMaterialFiles().run(city.round().id(), standard).files();
        assertEquals(List.of("园林局"), filed.stream().filter(f -> f.title().equals("绿化养护现场")).map(MaterialFile::unit).toList(),
                filed::toString);
    }

    @Test
    void aPackageTheOfficeCannotTakeIsRefusedInOneSentenceNamingTheFile() throws Exception {
        Path notAPackage = Files.writeString(temp.resolve("随便.cipkg"), "不是单位包");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        TasksViewModel office = screen(city.services(), dialogs);
        dialogs.nextUnitPackages = List.of(notAPackage);
        office.receiveUnitPackages();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("随便.cipkg") && !dialogs.errors.get(0).contains("\n"), dialogs.errors::toString);
        assertTrue(dialogs.reports.isEmpty());
    }
}
