package org.civicinspect.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.civicinspect.service.library.IndicatorImportResult;

/** Every dialog a screen shows goes through here, so that tests can answer them. */
public interface DialogService {

    Optional<Path> chooseWorkbookToOpen(String titleKey);

    Optional<Path> chooseWorkbookToSave(String titleKey, String suggestedName);

    Optional<Path> choosePhoto(String titleKey);

    void showImportResult(Path file, IndicatorImportResult result);

    /** A report of a finished job: a headline, then one line per problem or note (none when all went well). */
    void showReport(String title, String headline, List<String> lines, boolean failed);

    void showInformation(String title, String message);

    void showError(String title, String message);

    /** A yes-or-no question; true when the user chose {@code yesKey}'s button. */
    boolean confirm(String title, String message, String yesKey, String noKey);

    Optional<Path> chooseFolder(String titleKey);

    Optional<Path> chooseBackupToOpen(String titleKey);

    Optional<Path> chooseBackupToSave(String titleKey, String suggestedName);

    /**
     * The first-run welcome: the workspace's role (asked only of a workspace on this computer: one on the shared server
     * is the office's), and (when {@code offerDemo}) the demo city or an empty start; {@code server} is the server's
     * address, or null.
     */
    Optional<FirstRun> welcome(boolean offerDemo, String server);

    /** Tells that a file was written and offers to open it in the program the system uses for it. */
    void offerToOpen(String title, String message, Path file);

    /** Opens a file in the program the system uses for it; where nothing may be opened, says where the file is instead. */
    void open(Path file);

    /** Task and result packages to take in, several at once. */
    List<Path> choosePackagesToOpen(String titleKey);

    /** Unit packages (.cipkg) to take in, several at once. */
    List<Path> chooseUnitPackagesToOpen(String titleKey);

    /** A material file to add: PDF, picture, Word or Excel. */
    Optional<Path> chooseMaterialFile(String titleKey);

    /**
     * What the unit says of the material file {@code fileName}: {@code types} are offered (others may be typed),
     * {@code standards} and {@code today} are the defaults; empty when the user cancels.
     */
    Optional<MaterialDetails> askMaterialDetails(String fileName, List<String> types, List<String> standards, java.time.LocalDate today);

    /** Where to write a package; {@code extension} is .citask, .ciresult or .cipkg. */
    Optional<Path> choosePackageToSave(String titleKey, String suggestedName, String extension);

    /** A passphrase typed into a hidden field; empty when the user cancels. */
    Optional<char[]> askPassphrase(String title, String message);

    /** A line of text the user types, such as a reason; empty when the user cancels or types nothing. */
    Optional<String> askText(String title, String message);

    /** One of the choices, or empty when the user cancels. */
    Optional<String> chooseOne(String title, String message, List<String> choices);
}
