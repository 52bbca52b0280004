package org.civicinspect.service;

import java.nio.file.Path;
import java.time.Clock;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.service.fieldwork.AnnotateFinding;
import org.civicinspect.service.fieldwork.CompleteInspection;
import org.civicinspect.service.fieldwork.ExportSiteReport;
import org.civicinspect.service.fieldwork.ImportScoreSheet;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.fieldwork.OpenInspection;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.fieldwork.ReopenInspection;
import org.civicinspect.service.fieldwork.SaveInspectionHeader;
import org.civicinspect.service.fieldwork.ShowHistory;
import org.civicinspect.service.fieldwork.WithdrawAnswer;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.library.ExportIndicatorWorkbook;
import org.civicinspect.service.library.ImportIndicatorWorkbook;
import org.civicinspect.service.library.ImportSampleIndicatorSet;
import org.civicinspect.service.library.ListIndicatorSets;
import org.civicinspect.service.library.LoadIndicatorSet;
import org.civicinspect.service.survey.ExportQuestionnaire;
import org.civicinspect.service.survey.ImportQuestionnaire;
import org.civicinspect.service.survey.ImportPaperInterviews;
import org.civicinspect.service.survey.ListQuestionnaires;
import org.civicinspect.service.survey.PinQuestionnaire;
import org.civicinspect.service.survey.PrepareInterviews;
import org.civicinspect.service.survey.RecordInterview;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.service.survey.ExportSurveyPlan;
import org.civicinspect.service.survey.ImportSurveyPlan;
import org.civicinspect.service.survey.PrintPaperQuestionnaire;
import org.civicinspect.service.survey.ShowSurveyPlan;
import org.civicinspect.service.survey.SizeSurveySample;
import org.civicinspect.service.packages.ExportResultPackage;
import org.civicinspect.service.packages.ExportTaskPackage;
import org.civicinspect.service.materials.AnswerDispatchedProblem;
import org.civicinspect.service.materials.ListDispatchedProblems;
import org.civicinspect.service.materials.ReceiveUnitPackage;
import org.civicinspect.service.materials.SendUnitReply;
import org.civicinspect.service.materials.SendUnitTask;
import org.civicinspect.service.materials.ShowUnitOfWorkspace;
import org.civicinspect.service.packages.ImportPackage;
import org.civicinspect.service.packages.PreviewPackages;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.ServerRefusal;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.people.AddPerson;
import org.civicinspect.service.people.DeactivatePerson;
import org.civicinspect.service.people.DeletePerson;
import org.civicinspect.service.people.EditPerson;
import org.civicinspect.service.people.GrantServerRole;
import org.civicinspect.service.people.ListPeople;
import org.civicinspect.service.people.SignIn;
import org.civicinspect.service.rectification.ChangeRectificationRules;
import org.civicinspect.service.rectification.ExportSupervision;
import org.civicinspect.service.rectification.ListProblems;
import org.civicinspect.service.rectification.ExportEscalationNotices;
import org.civicinspect.service.rectification.ListSentNotices;
import org.civicinspect.service.rectification.PrepareEscalationNotices;
import org.civicinspect.service.rectification.RecordEscalationNotices;
import org.civicinspect.service.rectification.DispatchProblems;
import org.civicinspect.service.rectification.ImportReplyWorkbook;
import org.civicinspect.service.rectification.ListPendingReplies;
import org.civicinspect.service.rectification.ReceiveProblemReplies;
import org.civicinspect.service.rectification.VerifyReply;
import org.civicinspect.service.rectification.ShowRectificationStanding;
import org.civicinspect.service.rectification.ListPartnerProblems;
import org.civicinspect.service.rectification.RankPartnerRectification;
import org.civicinspect.service.rectification.ShowBlackPlacard;
import org.civicinspect.service.rectification.ShowProblemHistory;
import org.civicinspect.service.rectification.UpdateProblem;
import org.civicinspect.service.materials.AddMaterialFile;
import org.civicinspect.service.materials.CheckRoundMaterials;
import org.civicinspect.service.materials.CopyMaterialFileToOpen;
import org.civicinspect.service.materials.ListMaterialFiles;
import org.civicinspect.service.materials.PreviewMaterialFile;
import org.civicinspect.service.materials.ListRoundMaterials;
import org.civicinspect.service.materials.SetMaterialGradeScale;
import org.civicinspect.service.materials.SetMaterialRules;
import org.civicinspect.service.materials.ShowMaterialGradeScale;
import org.civicinspect.service.materials.RecordMaterialReview;
import org.civicinspect.service.rectification.RaiseProblem;
import org.civicinspect.service.rectification.ImportProblemWorkbook;
import org.civicinspect.service.reports.ExplainScores;
import org.civicinspect.service.reports.ExportLookback;
import org.civicinspect.service.reports.ExportMaterialsReport;
import org.civicinspect.service.reports.ScoreComposite;
import org.civicinspect.service.reports.SetCompositeWeights;
import org.civicinspect.service.reports.ExportBulletin;
import org.civicinspect.service.reports.ExportSurveyReport;
import org.civicinspect.service.reports.ExportProblemList;
import org.civicinspect.service.reports.ExportRanking;
import org.civicinspect.service.reports.ExportStandardAnalysis;
import org.civicinspect.service.reports.ExportTaskProgress;
import org.civicinspect.service.reports.ShowTaskProgress;
import org.civicinspect.service.reports.RecordNegativeEvent;
import org.civicinspect.service.reports.ScoreRound;
import org.civicinspect.service.rounds.ScopeOfRound;
import org.civicinspect.service.reports.ShowDashboard;
import org.civicinspect.service.review.CorrectFinding;
import org.civicinspect.service.review.Reviewers;
import org.civicinspect.service.review.ListConflicts;
import org.civicinspect.service.review.ResolveConflict;
import org.civicinspect.service.review.ReviewInspection;
import org.civicinspect.service.rounds.AddSiteToRound;
import org.civicinspect.service.rounds.AssignTeams;
import org.civicinspect.service.rounds.CreateRound;
import org.civicinspect.service.rounds.DrawRoundSample;
import org.civicinspect.service.rounds.ExportBlankChecklists;
import org.civicinspect.service.rounds.RemoveSiteFromRound;
import org.civicinspect.service.rounds.ShowRound;
import org.civicinspect.service.sites.ExportSiteWorkbook;
import org.civicinspect.service.sites.ImportSiteWorkbook;
import org.civicinspect.service.sites.ListSites;
import org.civicinspect.service.sites.SaveSite;
import org.civicinspect.service.units.ExportTaskWorkbook;
import org.civicinspect.service.units.ExportPartnerAreas;
import org.civicinspect.service.units.ExportUnitWorkbook;
import org.civicinspect.service.units.ImportTaskWorkbook;
import org.civicinspect.service.units.ImportPartnerAreas;
import org.civicinspect.service.units.ImportUnitWorkbook;
import org.civicinspect.service.units.ListPartnerAreas;
import org.civicinspect.service.units.ListUnits;
import org.civicinspect.service.units.SaveUnit;
import org.civicinspect.service.workspace.BackUpWorkspace;
import org.civicinspect.service.workspace.RestoreServerWorkspace;
import org.civicinspect.service.workspace.ChangePreferences;
import org.civicinspect.service.workspace.ChooseApprovingRoles;
import org.civicinspect.service.workspace.DeviceSeal;
import org.civicinspect.service.workspace.OfferDemoCity;
import org.civicinspect.service.workspace.NoticeOthersChanges;
import org.civicinspect.service.workspace.ShowDeviceKey;
import org.civicinspect.service.workspace.VerifyWorkspace;
import org.civicinspect.service.workspace.MigrateWorkspace;
import org.civicinspect.service.workspace.CheckPhotos;
import org.civicinspect.store.DataFolder;
import org.civicinspect.store.NewerWorkspaceException;
import org.civicinspect.store.ServerCollationException;
import org.civicinspect.store.ServerLogin;
import org.civicinspect.store.ServerSignInException;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceBusyException;

/** The use cases of one workspace: what the GUI and the command line call. */
public final class Services implements AutoCloseable {

    private final Workspace workspace;
    private final Clock clock;
    private final ImportIndicatorWorkbook importIndicatorWorkbook;
    private final ImportSampleIndicatorSet importSampleIndicatorSet;
    private final ListIndicatorSets listIndicatorSets;
    private final LoadIndicatorSet loadIndicatorSet;
    private final ExportIndicatorWorkbook exportIndicatorWorkbook;
    private final ImportQuestionnaire importQuestionnaire;
    private final ExportQuestionnaire exportQuestionnaire;
    private final ListQuestionnaires listQuestionnaires;
    private final PinQuestionnaire pinQuestionnaire;
    private final RecordInterview recordInterview;
    private final PrepareInterviews prepareInterviews;
    private final ImportPaperInterviews importPaperInterviews;
    private final ScoreSurvey scoreSurvey;
    private final ImportSurveyPlan importSurveyPlan;
    private final ExportSurveyPlan exportSurveyPlan;
    private final ShowSurveyPlan showSurveyPlan;
    private final PrintPaperQuestionnaire printPaperQuestionnaire;
    private final SizeSurveySample sizeSurveySample;
    private final ImportSiteWorkbook importSiteWorkbook;
    private final ExportSiteWorkbook exportSiteWorkbook;
    private final ListSites listSites;
    private final ListUnits listUnits;
    private final SaveUnit saveUnit;
    private final ImportUnitWorkbook importUnitWorkbook;
    private final ExportUnitWorkbook exportUnitWorkbook;
    private final ImportPartnerAreas importPartnerAreas;
    private final ExportPartnerAreas exportPartnerAreas;
    private final ListPartnerAreas listPartnerAreas;
    private final ImportTaskWorkbook importTaskWorkbook;
    private final ExportTaskWorkbook exportTaskWorkbook;
    private final SaveSite saveSite;
    private final SignedIn signedIn;
    private final SignIn signIn;
    private final AddPerson addPerson;
    private final EditPerson editPerson;
    private final DeactivatePerson deactivatePerson;
    private final GrantServerRole grantServerRole;
    private final DeletePerson deletePerson;
    private final ListPeople listPeople;
    private final CreateRound createRound;
    private final DrawRoundSample drawRoundSample;
    private final AssignTeams assignTeams;
    private final AddSiteToRound addSiteToRound;
    private final RemoveSiteFromRound removeSiteFromRound;
    private final ShowRound showRound;
    private final ExportBlankChecklists exportBlankChecklists;
    private final RecordFinding recordFinding;
    private final AnnotateFinding annotateFinding;
    private final CorrectFinding correctFinding;
    private final OpenInspection openInspection;
    private final ListTeamSites listTeamSites;
    private final SaveInspectionHeader saveInspectionHeader;
    private final CompleteInspection completeInspection;
    private final ReopenInspection reopenInspection;
    private final WithdrawAnswer withdrawAnswer;
    private final AddPhoto addPhoto;
    private final ImportScoreSheet importScoreSheet;
    private final BackUpWorkspace backUpWorkspace;
    private final RestoreServerWorkspace restoreServerWorkspace;
    private final ScopeOfRound scopeOfRound;
    private final ScoreRound scoreRound;
    private final ExportRanking exportRanking;
    private final ExportStandardAnalysis exportStandardAnalysis;
    private final ShowTaskProgress showTaskProgress;
    private final ExportTaskProgress exportTaskProgress;
    private final ExportProblemList exportProblemList;
    private final RecordNegativeEvent recordNegativeEvent;
    private final RecordMaterialReview recordMaterialReview;
    private final ListRoundMaterials listRoundMaterials;
    private final AddMaterialFile addMaterialFile;
    private final ListMaterialFiles listMaterialFiles;
    private final PreviewMaterialFile previewMaterialFile;
    private final CopyMaterialFileToOpen copyMaterialFileToOpen;
    private final CheckRoundMaterials checkRoundMaterials;
    private final SetMaterialRules setMaterialRules;
    private final SetMaterialGradeScale setMaterialGradeScale;
    private final ShowMaterialGradeScale showMaterialGradeScale;
    private final ScoreComposite scoreComposite;
    private final SetCompositeWeights setCompositeWeights;
    private final ExportLookback exportLookback;
    private final ExportMaterialsReport exportMaterialsReport;
    private final ExportSiteReport exportSiteReport;
    private final ExportBulletin exportBulletin;
    private final ExportSurveyReport exportSurveyReport;
    private final ExplainScores explainScores;
    private final ShowDashboard showDashboard;
    private final OfferDemoCity offerDemoCity;
    private final Checklists checklists;
    private final ChangePreferences changePreferences;
    private final ChooseApprovingRoles chooseApprovingRoles;
    private final ShowDeviceKey showDeviceKey;
    private final NoticeOthersChanges noticeOthersChanges;
    private final VerifyWorkspace verifyWorkspace;
    private final CheckPhotos checkPhotos;
    private final MigrateWorkspace migrateWorkspace;
    private final ShowHistory showHistory;
    private final ReviewInspection reviewInspection;
    private final ExportTaskPackage exportTaskPackage;
    private final SendUnitTask sendUnitTask;
    private final SendUnitReply sendUnitReply;
    private final ReceiveUnitPackage receiveUnitPackage;
    private final ListDispatchedProblems listDispatchedProblems;
    private final AnswerDispatchedProblem answerDispatchedProblem;
    private final ShowUnitOfWorkspace showUnitOfWorkspace;
    private final ExportResultPackage exportResultPackage;
    private final ImportPackage importPackage;
    private final PreviewPackages previewPackages;
    private final ListConflicts listConflicts;
    private final ResolveConflict resolveConflict;
    private final ListProblems listProblems;
    private final PrepareEscalationNotices prepareEscalationNotices;
    private final RecordEscalationNotices recordEscalationNotices;
    private final DispatchProblems dispatchProblems;
    private final ReceiveProblemReplies receiveProblemReplies;
    private final ImportReplyWorkbook importReplyWorkbook;
    private final VerifyReply verifyReply;
    private final ListPendingReplies listPendingReplies;
    private final ListSentNotices listSentNotices;
    private final ExportEscalationNotices exportEscalationNotices;
    private final ShowProblemHistory showProblemHistory;
    private final ChangeRectificationRules changeRectificationRules;
    private final UpdateProblem updateProblem;
    private final RaiseProblem raiseProblem;
    private final ImportProblemWorkbook importProblemWorkbook;
    private final ExportSupervision exportSupervision;
    private final ShowBlackPlacard showBlackPlacard;
    private final ListPartnerProblems listPartnerProblems;
    private final RankPartnerRectification rankPartnerRectification;
    private final ShowRectificationStanding showRectificationStanding;

    public Services(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.showDeviceKey = new ShowDeviceKey(workspace);
        this.noticeOthersChanges = new NoticeOthersChanges(workspace);
        this.signedIn = new SignedIn(showDeviceKey::fingerprint);
        workspace.identifyDevice(signedIn::device);
        DeviceSeal seal = new DeviceSeal(workspace.folder().resolve("keys"));
        workspace.sealAnchorsWith(seal);
        this.signIn = new SignIn(workspace, signedIn, workspace.folder());
        this.editPerson = new EditPerson(workspace, clock, signedIn);
        this.deactivatePerson = new DeactivatePerson(workspace, clock, signedIn);
        this.grantServerRole = new GrantServerRole(workspace, clock, signedIn);
        this.deletePerson = new DeletePerson(workspace, clock, signedIn);
        this.importIndicatorWorkbook = new ImportIndicatorWorkbook(workspace, clock, signedIn);
        this.importSampleIndicatorSet = new ImportSampleIndicatorSet(importIndicatorWorkbook);
        this.listIndicatorSets = new ListIndicatorSets(workspace);
        this.loadIndicatorSet = new LoadIndicatorSet(workspace);
        this.importSiteWorkbook = new ImportSiteWorkbook(workspace, clock, signedIn);
        this.exportIndicatorWorkbook = new ExportIndicatorWorkbook(workspace, signedIn);
        this.importQuestionnaire = new ImportQuestionnaire(workspace, clock, signedIn);
        this.exportQuestionnaire = new ExportQuestionnaire(workspace, signedIn);
        this.listQuestionnaires = new ListQuestionnaires(workspace);
        this.exportSiteWorkbook = new ExportSiteWorkbook(workspace, signedIn);
        this.listSites = new ListSites(workspace);
        this.listUnits = new ListUnits(workspace);
        this.saveUnit = new SaveUnit(workspace, clock, signedIn);
        this.importUnitWorkbook = new ImportUnitWorkbook(workspace, clock, signedIn);
        this.exportUnitWorkbook = new ExportUnitWorkbook(workspace, signedIn);
        this.importPartnerAreas = new ImportPartnerAreas(workspace, clock, signedIn);
        this.exportPartnerAreas = new ExportPartnerAreas(workspace, signedIn);
        this.listPartnerAreas = new ListPartnerAreas(workspace);
        this.importTaskWorkbook = new ImportTaskWorkbook(workspace, clock, signedIn);
        this.exportTaskWorkbook = new ExportTaskWorkbook(workspace, signedIn);
        this.saveSite = new SaveSite(workspace, clock, signedIn);
        this.addPerson = new AddPerson(workspace, clock, signedIn);
        this.listPeople = new ListPeople(workspace);
        this.createRound = new CreateRound(workspace, clock, signedIn);
        this.drawRoundSample = new DrawRoundSample(workspace, clock, signedIn);
        this.assignTeams = new AssignTeams(workspace, clock, signedIn);
        this.addSiteToRound = new AddSiteToRound(workspace, clock, signedIn);
        this.removeSiteFromRound = new RemoveSiteFromRound(workspace, clock, signedIn);
        this.showRound = new ShowRound(workspace);
        this.exportBlankChecklists = new ExportBlankChecklists(workspace, signedIn);
        this.checklists = new Checklists(workspace);
        this.pinQuestionnaire = new PinQuestionnaire(workspace, clock, signedIn);
        this.recordInterview = new RecordInterview(workspace, clock, signedIn);
        this.prepareInterviews = new PrepareInterviews(workspace, signedIn);
        this.importPaperInterviews = new ImportPaperInterviews(workspace, clock, signedIn);
        this.scoreSurvey = new ScoreSurvey(workspace, checklists);
        this.importSurveyPlan = new ImportSurveyPlan(workspace, clock, signedIn);
        this.exportSurveyPlan = new ExportSurveyPlan(workspace, signedIn);
        this.showSurveyPlan = new ShowSurveyPlan(workspace);
        this.printPaperQuestionnaire = new PrintPaperQuestionnaire(workspace, signedIn);
        this.sizeSurveySample = new SizeSurveySample(workspace);
        this.recordFinding = new RecordFinding(workspace, clock, checklists, signedIn);
        this.annotateFinding = new AnnotateFinding(workspace, recordFinding);
        this.openInspection = new OpenInspection(workspace, checklists);
        this.listTeamSites = new ListTeamSites(workspace);
        this.saveInspectionHeader = new SaveInspectionHeader(workspace, clock, signedIn);
        this.completeInspection = new CompleteInspection(workspace, clock, openInspection, signedIn);
        this.reopenInspection = new ReopenInspection(workspace, clock, openInspection, signedIn);
        this.withdrawAnswer = new WithdrawAnswer(workspace, clock, signedIn);
        this.addPhoto = new AddPhoto(workspace, clock, signedIn);
        this.importScoreSheet = new ImportScoreSheet(workspace, recordFinding, addPhoto, checklists, openInspection, completeInspection, clock);
        this.backUpWorkspace = new BackUpWorkspace(workspace, clock, signedIn);
        this.restoreServerWorkspace = new RestoreServerWorkspace(workspace, clock, signedIn);
        this.scopeOfRound = new ScopeOfRound(workspace);
        this.scoreRound = new ScoreRound(workspace, checklists, scopeOfRound);
        this.exportRanking = new ExportRanking(workspace, scoreRound, signedIn);
        this.exportStandardAnalysis = new ExportStandardAnalysis(workspace, scoreRound, checklists, signedIn);
        this.showTaskProgress = new ShowTaskProgress(workspace, scoreRound, checklists, scoreSurvey);
        this.exportTaskProgress = new ExportTaskProgress(workspace, showTaskProgress, signedIn);
        this.recordNegativeEvent = new RecordNegativeEvent(workspace, clock, checklists, signedIn);
        this.recordMaterialReview = new RecordMaterialReview(workspace, clock, checklists, signedIn);
        this.listRoundMaterials = new ListRoundMaterials(workspace, checklists);
        this.addMaterialFile = new AddMaterialFile(workspace, clock, checklists, signedIn);
        this.listMaterialFiles = new ListMaterialFiles(workspace);
        this.previewMaterialFile = new PreviewMaterialFile(workspace);
        this.copyMaterialFileToOpen = new CopyMaterialFileToOpen(workspace);
        this.checkRoundMaterials = new CheckRoundMaterials(workspace, checklists);
        this.setMaterialRules = new SetMaterialRules(workspace, clock, checklists, signedIn);
        this.setMaterialGradeScale = new SetMaterialGradeScale(workspace, clock, signedIn);
        this.showMaterialGradeScale = new ShowMaterialGradeScale(workspace);
        this.scoreComposite = new ScoreComposite(workspace, checklists, scoreRound, scoreSurvey);
        this.setCompositeWeights = new SetCompositeWeights(workspace, clock, signedIn);
        this.exportLookback = new ExportLookback(workspace, scoreComposite, scoreRound, scoreSurvey, listRoundMaterials, signedIn);
        this.exportMaterialsReport = new ExportMaterialsReport(workspace, listRoundMaterials, listMaterialFiles, checkRoundMaterials, signedIn);
        this.exportSiteReport = new ExportSiteReport(workspace, checklists, addPhoto, scopeOfRound, signedIn);
        this.explainScores = new ExplainScores(workspace, checklists);
        this.offerDemoCity = new OfferDemoCity(workspace);
        this.changePreferences = new ChangePreferences(workspace.folder(), workspace.onServer());
        this.verifyWorkspace = new VerifyWorkspace(workspace, seal);
        this.checkPhotos = new CheckPhotos(workspace);
        this.migrateWorkspace = new MigrateWorkspace(workspace, seal);
        this.showHistory = new ShowHistory(workspace);
        this.changeRectificationRules = new ChangeRectificationRules(workspace, clock, changePreferences, signedIn);
        this.exportProblemList = new ExportProblemList(workspace, checklists, addPhoto, scopeOfRound, signedIn, changeRectificationRules, clock);
        this.chooseApprovingRoles = new ChooseApprovingRoles(workspace.folder(), signedIn);
        Reviewers reviewers = new Reviewers(signedIn, chooseApprovingRoles);
        this.reviewInspection = new ReviewInspection(workspace, clock, checklists, changeRectificationRules, reviewers);
        this.correctFinding = new CorrectFinding(workspace, recordFinding, reviewers);
        this.exportTaskPackage = new ExportTaskPackage(workspace, clock, signedIn);
        this.showUnitOfWorkspace = new ShowUnitOfWorkspace(workspace);
        this.exportResultPackage = new ExportResultPackage(workspace, clock, signedIn);
        this.importPackage = new ImportPackage(workspace, clock, checklists, signedIn);
        this.previewPackages = new PreviewPackages(workspace, clock, checklists, signedIn);
        this.listConflicts = new ListConflicts(workspace, checklists);
        this.resolveConflict = new ResolveConflict(workspace, clock, checklists, reviewers);
        this.listProblems = new ListProblems(workspace, clock, checklists, changeRectificationRules);
        this.prepareEscalationNotices = new PrepareEscalationNotices(listProblems, listUnits, clock);
        this.recordEscalationNotices = new RecordEscalationNotices(workspace, clock, signedIn);
        this.dispatchProblems = new DispatchProblems(workspace, clock, listProblems, signedIn);
        this.receiveProblemReplies = new ReceiveProblemReplies(workspace, clock, addPhoto, signedIn);
        this.importReplyWorkbook = new ImportReplyWorkbook(receiveProblemReplies);
        this.sendUnitTask = new SendUnitTask(workspace, clock, signedIn, dispatchProblems);
        this.sendUnitReply = new SendUnitReply(workspace, clock, signedIn);
        this.receiveUnitPackage = new ReceiveUnitPackage(workspace, clock, checklists, signedIn, receiveProblemReplies);
        this.listDispatchedProblems = new ListDispatchedProblems(workspace);
        this.answerDispatchedProblem = new AnswerDispatchedProblem(workspace, clock, addPhoto, signedIn);
        this.verifyReply = new VerifyReply(workspace, clock, signedIn, changeRectificationRules);
        this.listPendingReplies = new ListPendingReplies(workspace);
        this.listSentNotices = new ListSentNotices(workspace);
        this.exportEscalationNotices = new ExportEscalationNotices(workspace, clock, signedIn);
        this.updateProblem = new UpdateProblem(workspace, clock, changeRectificationRules, signedIn);
        this.raiseProblem = new RaiseProblem(workspace, clock, addPhoto, signedIn);
        this.importProblemWorkbook = new ImportProblemWorkbook(workspace, clock, addPhoto, signedIn);
        this.showProblemHistory = new ShowProblemHistory(workspace);
        this.showDashboard = new ShowDashboard(scoreRound, showRound, listTeamSites, checklists, listProblems, scoreSurvey, scoreComposite, showUnitOfWorkspace);
        this.exportSupervision = new ExportSupervision(workspace, checklists, changeRectificationRules, addPhoto, scopeOfRound, signedIn);
        this.showRectificationStanding = new ShowRectificationStanding(workspace, checklists, changeRectificationRules, addPhoto);
        this.showBlackPlacard = new ShowBlackPlacard(showRectificationStanding);
        this.listPartnerProblems = new ListPartnerProblems(workspace, listProblems);
        this.rankPartnerRectification = new RankPartnerRectification(workspace, changeRectificationRules);
        this.exportBulletin = new ExportBulletin(workspace, scoreRound, exportStandardAnalysis, showRectificationStanding, checklists, signedIn,
                scoreSurvey, scoreComposite, rankPartnerRectification);
        this.exportSurveyReport = new ExportSurveyReport(workspace, scoreSurvey, showSurveyPlan, signedIn);
    }

    /** Opens (creating and migrating as needed) the workspace in the data folder. */
    public static Services open(Path dataFolder, Clock clock) {
        try {
            return new Services(Workspace.open(dataFolder, new ChangePreferences(dataFolder).current().keepBackups()), clock);
        } catch (NewerWorkspaceException e) {
            throw new RequestRefused("workspace.newerVersion", dataFolder, e.workspaceVersion(), e.programVersion());
        } catch (WorkspaceBusyException e) {
            throw new RequestRefused("workspace.restoring", dataFolder);
        }
    }

    /**
     * Opens (creating and migrating as needed) the workspace whose database is on a PostgreSQL server, signed in with
     * the staff member's own login; the data folder keeps what stays on this computer. Refused in one sentence when
     * the server does not let them in.
     */
    public static Services open(Path dataFolder, ServerLogin server, Clock clock) {
        try {
            return new Services(Workspace.open(dataFolder, server), clock);
        } catch (ServerSignInException e) {
            throw ServerRefusal.of(e, server);
        } catch (ServerCollationException e) {
            throw new RequestRefused("server.collation", server.address());
        } catch (NewerWorkspaceException e) {
            throw new RequestRefused("workspace.newerVersion", server.address(), e.workspaceVersion(), e.programVersion());
        } catch (WorkspaceBusyException e) {
            throw new RequestRefused("workspace.restoring", dataFolder);
        }
    }

    /** Gives the workspace's folder back, so a restore can take it; these use cases are not used after. */
    public void close() {
        workspace.close();
    }

    /** {@code --data DIR} if given, else CIVICINSPECT_HOME, else the platform's folder for application data. */
    public static Path dataFolder(Path explicit) {
        return DataFolder.resolve(explicit);
    }

    /** Where the workspace's data is, as the user named it: the server's address, else the data folder. */
    public String place() {
        return workspace.place();
    }

    /** Whether the workspace is the office's shared one on a server (never a field laptop's). */
    public boolean onServer() {
        return workspace.onServer();
    }

    /** The login signed in to the server, which every change recorded here names; empty on this computer's workspace. */
    public java.util.Optional<String> serverLogin() {
        return workspace.login();
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The clock every use case of this workspace reads. */
    public Clock clock() {
        return clock;
    }

    public Path dataFolder() {
        return workspace.folder();
    }

    public ImportIndicatorWorkbook importIndicatorWorkbook() {
        return importIndicatorWorkbook;
    }

    public ImportSampleIndicatorSet importSampleIndicatorSet() {
        return importSampleIndicatorSet;
    }

    public ListIndicatorSets listIndicatorSets() {
        return listIndicatorSets;
    }

    public LoadIndicatorSet loadIndicatorSet() {
        return loadIndicatorSet;
    }

    public ExportIndicatorWorkbook exportIndicatorWorkbook() {
        return exportIndicatorWorkbook;
    }

    public ImportQuestionnaire importQuestionnaire() {
        return importQuestionnaire;
    }

    public ExportQuestionnaire exportQuestionnaire() {
        return exportQuestionnaire;
    }

    public ListQuestionnaires listQuestionnaires() {
        return listQuestionnaires;
    }

    public PinQuestionnaire pinQuestionnaire() {
        return pinQuestionnaire;
    }

    public RecordInterview recordInterview() {
        return recordInterview;
    }

    public PrepareInterviews prepareInterviews() {
        return prepareInterviews;
    }

    public ImportPaperInterviews importPaperInterviews() {
        return importPaperInterviews;
    }

    public ScoreSurvey scoreSurvey() {
        return scoreSurvey;
    }

    public ImportSurveyPlan importSurveyPlan() {
        return importSurveyPlan;
    }

    public ExportSurveyPlan exportSurveyPlan() {
        return exportSurveyPlan;
    }

    public ShowSurveyPlan showSurveyPlan() {
        return showSurveyPlan;
    }

    public PrintPaperQuestionnaire printPaperQuestionnaire() {
        return printPaperQuestionnaire;
    }

    public SizeSurveySample sizeSurveySample() {
        return sizeSurveySample;
    }

    public ImportSiteWorkbook importSiteWorkbook() {
        return importSiteWorkbook;
    }

    public ExportSiteWorkbook exportSiteWorkbook() {
        return exportSiteWorkbook;
    }

    public ListSites listSites() {
        return listSites;
    }

    public ListUnits listUnits() {
        return listUnits;
    }

    public SaveUnit saveUnit() {
        return saveUnit;
    }

    public ImportUnitWorkbook importUnitWorkbook() {
        return importUnitWorkbook;
    }

    public ExportUnitWorkbook exportUnitWorkbook() {
        return exportUnitWorkbook;
    }

    public ImportPartnerAreas importPartnerAreas() {
        return importPartnerAreas;
    }

    public ExportPartnerAreas exportPartnerAreas() {
        return exportPartnerAreas;
    }

    public ListPartnerAreas listPartnerAreas() {
        return listPartnerAreas;
    }

    public ImportTaskWorkbook importTaskWorkbook() {
        return importTaskWorkbook;
    }

    public ExportTaskWorkbook exportTaskWorkbook() {
        return exportTaskWorkbook;
    }

    public SaveSite saveSite() {
        return saveSite;
    }

    public AddPerson addPerson() {
        return addPerson;
    }

    /** Who is working at this workspace now, named on everything its use cases record. */
    public SignedIn signedIn() {
        return signedIn;
    }

    public SignIn signIn() {
        return signIn;
    }

    public EditPerson editPerson() {
        return editPerson;
    }

    public DeactivatePerson deactivatePerson() {
        return deactivatePerson;
    }

    public GrantServerRole grantServerRole() {
        return grantServerRole;
    }

    public DeletePerson deletePerson() {
        return deletePerson;
    }

    public ListPeople listPeople() {
        return listPeople;
    }

    public CreateRound createRound() {
        return createRound;
    }

    public DrawRoundSample drawRoundSample() {
        return drawRoundSample;
    }

    public AssignTeams assignTeams() {
        return assignTeams;
    }

    public AddSiteToRound addSiteToRound() {
        return addSiteToRound;
    }

    public RemoveSiteFromRound removeSiteFromRound() {
        return removeSiteFromRound;
    }

    public ShowRound showRound() {
        return showRound;
    }

    public ExportBlankChecklists exportBlankChecklists() {
        return exportBlankChecklists;
    }

    public RecordFinding recordFinding() {
        return recordFinding;
    }

    public AnnotateFinding annotateFinding() {
        return annotateFinding;
    }

    public CorrectFinding correctFinding() {
        return correctFinding;
    }

    public OpenInspection openInspection() {
        return openInspection;
    }

    public ListTeamSites listTeamSites() {
        return listTeamSites;
    }

    public SaveInspectionHeader saveInspectionHeader() {
        return saveInspectionHeader;
    }

    public ReopenInspection reopenInspection() {
        return reopenInspection;
    }

    public WithdrawAnswer withdrawAnswer() {
        return withdrawAnswer;
    }

    public CompleteInspection completeInspection() {
        return completeInspection;
    }

    public AddPhoto addPhoto() {
        return addPhoto;
    }

    public ImportScoreSheet importScoreSheet() {
        return importScoreSheet;
    }

    public BackUpWorkspace backUpWorkspace() {
        return backUpWorkspace;
    }

    public RestoreServerWorkspace restoreServerWorkspace() {
        return restoreServerWorkspace;
    }

    public ScopeOfRound scopeOfRound() {
        return scopeOfRound;
    }

    public ScoreRound scoreRound() {
        return scoreRound;
    }

    public ExportRanking exportRanking() {
        return exportRanking;
    }

    public ExportStandardAnalysis exportStandardAnalysis() {
        return exportStandardAnalysis;
    }

    public ShowTaskProgress showTaskProgress() {
        return showTaskProgress;
    }

    public ExportTaskProgress exportTaskProgress() {
        return exportTaskProgress;
    }

    public ExportProblemList exportProblemList() {
        return exportProblemList;
    }

    public RecordNegativeEvent recordNegativeEvent() {
        return recordNegativeEvent;
    }

    public RecordMaterialReview recordMaterialReview() {
        return recordMaterialReview;
    }

    public ListRoundMaterials listRoundMaterials() {
        return listRoundMaterials;
    }

    public AddMaterialFile addMaterialFile() {
        return addMaterialFile;
    }

    public ListMaterialFiles listMaterialFiles() {
        return listMaterialFiles;
    }

    public PreviewMaterialFile previewMaterialFile() {
        return previewMaterialFile;
    }

    public CopyMaterialFileToOpen copyMaterialFileToOpen() {
        return copyMaterialFileToOpen;
    }

    public CheckRoundMaterials checkRoundMaterials() {
        return checkRoundMaterials;
    }

    public SetMaterialRules setMaterialRules() {
        return setMaterialRules;
    }

    public SetMaterialGradeScale setMaterialGradeScale() {
        return setMaterialGradeScale;
    }

    public ShowMaterialGradeScale showMaterialGradeScale() {
        return showMaterialGradeScale;
    }

    public ScoreComposite scoreComposite() {
        return scoreComposite;
    }

    public SetCompositeWeights setCompositeWeights() {
        return setCompositeWeights;
    }

    public ExportLookback exportLookback() {
        return exportLookback;
    }

    public ExportMaterialsReport exportMaterialsReport() {
        return exportMaterialsReport;
    }

    public ExportSiteReport exportSiteReport() {
        return exportSiteReport;
    }

    public ExportBulletin exportBulletin() {
        return exportBulletin;
    }

    public ExportSurveyReport exportSurveyReport() {
        return exportSurveyReport;
    }

    public ExplainScores explainScores() {
        return explainScores;
    }

    public ShowDashboard showDashboard() {
        return showDashboard;
    }

    public OfferDemoCity offerDemoCity() {
        return offerDemoCity;
    }

    /** The checklists of stored sets, read once and shared by every use case of this workspace. */
    public Checklists checklists() {
        return checklists;
    }

    public ChooseApprovingRoles chooseApprovingRoles() {
        return chooseApprovingRoles;
    }

    public ChangePreferences changePreferences() {
        return changePreferences;
    }

    public NoticeOthersChanges noticeOthersChanges() {
        return noticeOthersChanges;
    }

    public ShowDeviceKey showDeviceKey() {
        return showDeviceKey;
    }

    public VerifyWorkspace verifyWorkspace() {
        return verifyWorkspace;
    }

    public MigrateWorkspace migrateWorkspace() {
        return migrateWorkspace;
    }

    public CheckPhotos checkPhotos() {
        return checkPhotos;
    }

    public ShowHistory showHistory() {
        return showHistory;
    }

    public ReviewInspection reviewInspection() {
        return reviewInspection;
    }

    public ExportTaskPackage exportTaskPackage() {
        return exportTaskPackage;
    }

    public SendUnitTask sendUnitTask() {
        return sendUnitTask;
    }

    public SendUnitReply sendUnitReply() {
        return sendUnitReply;
    }

    public ReceiveUnitPackage receiveUnitPackage() {
        return receiveUnitPackage;
    }

    public ListDispatchedProblems listDispatchedProblems() {
        return listDispatchedProblems;
    }

    public AnswerDispatchedProblem answerDispatchedProblem() {
        return answerDispatchedProblem;
    }

    public ShowUnitOfWorkspace showUnitOfWorkspace() {
        return showUnitOfWorkspace;
    }

    public ExportResultPackage exportResultPackage() {
        return exportResultPackage;
    }

    public ImportPackage importPackage() {
        return importPackage;
    }

    public PreviewPackages previewPackages() {
        return previewPackages;
    }

    public ListConflicts listConflicts() {
        return listConflicts;
    }

    public ResolveConflict resolveConflict() {
        return resolveConflict;
    }

    public ListProblems listProblems() {
        return listProblems;
    }

    public PrepareEscalationNotices prepareEscalationNotices() {
        return prepareEscalationNotices;
    }

    public DispatchProblems dispatchProblems() {
        return dispatchProblems;
    }

    public ReceiveProblemReplies receiveProblemReplies() {
        return receiveProblemReplies;
    }

    public ImportReplyWorkbook importReplyWorkbook() {
        return importReplyWorkbook;
    }

    public VerifyReply verifyReply() {
        return verifyReply;
    }

    public ListPendingReplies listPendingReplies() {
        return listPendingReplies;
    }

    public RecordEscalationNotices recordEscalationNotices() {
        return recordEscalationNotices;
    }

    public ListSentNotices listSentNotices() {
        return listSentNotices;
    }

    public ExportEscalationNotices exportEscalationNotices() {
        return exportEscalationNotices;
    }

    public ShowProblemHistory showProblemHistory() {
        return showProblemHistory;
    }

    public UpdateProblem updateProblem() {
        return updateProblem;
    }

    public RaiseProblem raiseProblem() {
        return raiseProblem;
    }

    public ImportProblemWorkbook importProblemWorkbook() {
        return importProblemWorkbook;
    }

    public ExportSupervision exportSupervision() {
        return exportSupervision;
    }

    public ChangeRectificationRules changeRectificationRules() {
        return changeRectificationRules;
    }

    public ShowBlackPlacard showBlackPlacard() {
        return showBlackPlacard;
    }

    public ListPartnerProblems listPartnerProblems() {
        return listPartnerProblems;
    }

    public RankPartnerRectification rankPartnerRectification() {
        return rankPartnerRectification;
    }

    public ShowRectificationStanding showRectificationStanding() {
        return showRectificationStanding;
    }
}
