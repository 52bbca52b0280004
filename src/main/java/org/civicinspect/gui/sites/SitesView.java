package org.civicinspect.gui.sites;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Site;
import org.civicinspect.service.Services;

/** 点位: wires SitesView.fxml to {@link SitesViewModel}. The table is virtualised; filtering runs off the FX thread. */
public final class SitesView {

    private final SitesViewModel viewModel;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private ComboBox<String> districtChoice;
    @FXML private ComboBox<String> typeChoice;
    @FXML private CheckBox mustCheckBox;
    @FXML private CheckBox inactiveBox;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<Site> table;
    @FXML private TableColumn<Site, String> districtColumn;
    @FXML private TableColumn<Site, String> streetColumn;
    @FXML private TableColumn<Site, String> communityColumn;
    @FXML private TableColumn<Site, String> nameColumn;
    @FXML private TableColumn<Site, String> typeColumn;
    @FXML private TableColumn<Site, String> addressColumn;
    @FXML private TableColumn<Site, String> unitColumn;
    @FXML private TableColumn<Site, String> flagsColumn;
    @FXML private TabPane sideTabs;
    @FXML private Tab formTab;
    @FXML private GridPane formGrid;
    @FXML private Label formProblems;
    @FXML private TableView<SitesViewModel.Count> districtCounts;
    @FXML private TableColumn<SitesViewModel.Count, String> districtCountName;
    @FXML private TableColumn<SitesViewModel.Count, Integer> districtCountValue;
    @FXML private TableView<SitesViewModel.Count> typeCounts;
    @FXML private TableColumn<SitesViewModel.Count, String> typeCountName;
    @FXML private TableColumn<SitesViewModel.Count, Integer> typeCountValue;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;

    /** The screen on the workspace's use cases: its ViewModel is handed those it calls. */
    public SitesView(Services services, TaskExecutor executor, DialogService dialogs) {
        this.viewModel = new SitesViewModel(useCases(services), executor, dialogs);
        root = Views.load(this);
        viewModel.reload();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            }
        });
        districtChoice.setItems(viewModel.districts());
        districtChoice.valueProperty().bindBidirectional(viewModel.districtProperty());
        districtChoice.setConverter(Views.converter(v -> v == null || v.isEmpty() ? Messages.get("sites.filter.all") : v));
        typeChoice.setItems(viewModel.siteTypes());
        typeChoice.valueProperty().bindBidirectional(viewModel.siteTypeProperty());
        typeChoice.setConverter(Views.converter(v -> v == null || v.isEmpty() ? Messages.get("sites.filter.all") : v));
        mustCheckBox.selectedProperty().bindBidirectional(viewModel.mustCheckOnlyProperty());
        inactiveBox.selectedProperty().bindBidirectional(viewModel.showInactiveProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        importButton.disableProperty().bind(viewModel.busyProperty());
        exportButton.disableProperty().bind(viewModel.busyProperty());

        table.setItems(viewModel.visible());
        column(districtColumn, Site::district);
        column(streetColumn, Site::street);
        column(communityColumn, Site::community);
        column(nameColumn, Site::name);
        column(typeColumn, Site::siteType);
        column(addressColumn, Site::address);
        column(unitColumn, Site::responsibleUnit);
        column(flagsColumn, s -> (s.mustCheck() ? Messages.get("sites.mustCheck") : "") + (s.active() ? "" : " " + Messages.get("sites.inactive")));
        table.setPlaceholder(new Label(Messages.get("sites.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, site) -> {
            if (site != null) {
                viewModel.editingProperty().set(site);
                sideTabs.getSelectionModel().select(formTab);
            }
        });

        districtCounts.setItems(viewModel.countsByDistrict());
        districtCountName.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        districtCountValue.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sites()));
        typeCounts.setItems(viewModel.countsByType());
        typeCountName.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        typeCountValue.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sites()));

        buildForm(viewModel.form());
        formProblems.textProperty().bind(viewModel.formProblemsProperty());
        Views.bindJob(progressBar, statusLabel, cancelButton, viewModel.job());
    }

    private static void column(TableColumn<Site, String> column, Function<Site, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private void buildForm(SitesViewModel.SiteForm form) {
        int row = 0;
        row = textField(row, "sites.column.name", form.name, "siteName");
        ComboBox<String> type = new ComboBox<>(viewModel.knownSiteTypes());
        type.setId("siteType");
        type.valueProperty().bindBidirectional(form.siteType);
        type.setMaxWidth(Double.MAX_VALUE);
        row = add(row, "sites.column.type", type);
        row = textField(row, "sites.column.district", form.district, "siteDistrict");
        row = textField(row, "sites.column.street", form.street, "siteStreet");
        row = textField(row, "sites.column.community", form.community, "siteCommunity");
        row = textField(row, "sites.column.address", form.address, "siteAddress");
        row = textField(row, "sites.column.unit", form.responsibleUnit, "siteUnit");
        row = textField(row, "sites.column.partner", form.partnerUnit, "sitePartner");
        row = textField(row, "sites.column.partnerLeader", form.partnerLeader, "sitePartnerLeader");
        row = textField(row, "sites.column.longitude", form.longitude, "siteLongitude");
        row = textField(row, "sites.column.latitude", form.latitude, "siteLatitude");
        row = check(row, "sites.filter.mustCheck", form.mustCheck);
        check(row, "sites.active", form.active);
    }

    private int textField(int row, String labelKey, StringProperty value, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return add(row, labelKey, field);
    }

    private int check(int row, String labelKey, BooleanProperty value) {
        CheckBox box = new CheckBox();
        box.selectedProperty().bindBidirectional(value);
        return add(row, labelKey, box);
    }

    private int add(int row, String labelKey, Node control) {
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        formGrid.addRow(row, label, control);
        GridPane.setFillWidth(control, true);
        return row + 1;
    }

    @FXML
    private void startNew() {
        table.getSelectionModel().clearSelection();
        viewModel.startNew();
        sideTabs.getSelectionModel().select(formTab);
        formGrid.lookupAll("#siteName").stream().findFirst().ifPresent(Node::requestFocus);
    }

    @FXML
    private void save() {
        viewModel.saveForm();
    }

    @FXML
    private void importWorkbook() {
        viewModel.chooseAndImport();
    }

    @FXML
    private void exportWorkbook() {
        viewModel.chooseAndExport();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    SitesViewModel viewModel() {
        return viewModel;
    }

    /** The use cases this screen's view model calls, taken from the workspace's services. */
    static SitesViewModel.UseCases useCases(Services services) {
        return new SitesViewModel.UseCases(services.listSites(), services.saveSite(), services.importSiteWorkbook(),
                services.exportSiteWorkbook(), services.listIndicatorSets());
    }
}
