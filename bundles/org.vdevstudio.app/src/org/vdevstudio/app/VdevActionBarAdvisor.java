package org.vdevstudio.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar. Save, Undo, Cut, ... are the workbench's retargetable actions with their standard
 * command ids, so an editor's own handlers plug into them; the groups are the ones editor action
 * bar contributors look for.
 */
public class VdevActionBarAdvisor extends ActionBarAdvisor {

    private IAction newDomain;
    private IAction openFile;
    private IAction save;
    private IAction saveAs;
    private IAction revert;
    private IAction close;
    private IAction closeAll;
    private IAction quit;
    private IAction undo;
    private IAction redo;
    private IAction cut;
    private IAction copy;
    private IAction paste;
    private IAction delete;
    private IAction selectAll;
    private IAction find;
    private IAction resetPerspective;
    private IAction preferences;
    private IAction about;

    public VdevActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        newDomain = registered(new org.vdevstudio.app.wizard.NewDomainAction(window));
        openFile = registered(new OpenFileAction(window));
        save = registered(ActionFactory.SAVE.create(window));
        saveAs = registered(ActionFactory.SAVE_AS.create(window));
        revert = registered(ActionFactory.REVERT.create(window));
        close = registered(ActionFactory.CLOSE.create(window));
        closeAll = registered(ActionFactory.CLOSE_ALL.create(window));
        quit = registered(ActionFactory.QUIT.create(window));
        undo = registered(ActionFactory.UNDO.create(window));
        redo = registered(ActionFactory.REDO.create(window));
        cut = registered(ActionFactory.CUT.create(window));
        copy = registered(ActionFactory.COPY.create(window));
        paste = registered(ActionFactory.PASTE.create(window));
        delete = registered(ActionFactory.DELETE.create(window));
        selectAll = registered(ActionFactory.SELECT_ALL.create(window));
        find = registered(ActionFactory.FIND.create(window));
        resetPerspective = registered(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferences = registered(ActionFactory.PREFERENCES.create(window));
        about = registered(ActionFactory.ABOUT.create(window));
    }

    private <A extends IAction> A registered(A action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu() {
        MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        menu.add(newDomain);
        menu.add(openFile);
        menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
        menu.add(new Separator());
        menu.add(save);
        menu.add(saveAs);
        menu.add(revert);
        menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        menu.add(new Separator());
        menu.add(close);
        menu.add(closeAll);
        menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(quit);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        return menu;
    }

    private MenuManager editMenu() {
        MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        menu.add(undo);
        menu.add(redo);
        menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        menu.add(new Separator());
        menu.add(delete);
        menu.add(selectAll);
        menu.add(new Separator());
        menu.add(find);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        menu.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        return menu;
    }

    private MenuManager windowMenu() {
        MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View", "showView");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        menu.add(showView);
        menu.add(resetPerspective);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(preferences);
        return menu;
    }

    private MenuManager helpMenu() {
        MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        menu.add(new Separator());
        menu.add(about);
        return menu;
    }
}
