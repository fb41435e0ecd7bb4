#pragma once
// Adds the analysis views to the workbench window: side-by-side comparison, the claim
// matrix, "who else says this?", and File › Export…. Kept apart from MainWindow so the reader stays small.
namespace crossread {

class CompareView;
class MainWindow;

class AnalysisViews
{
public:
    static void install(MainWindow *window);

private:
    // "Who else says this?": the panel in a dock, its action (menu, reader context menu) and
    // the way from an answer to the compare tab.
    static void installWhoElse(MainWindow *window, CompareView *compare, int compareTab);
};

} // namespace crossread
