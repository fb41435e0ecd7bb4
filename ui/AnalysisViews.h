#pragma once
// Adds the analysis views to the workbench window: side-by-side comparison, the claim
// matrix, and File › Export…. Kept apart from MainWindow so the reader stays small.
namespace crossread {

class MainWindow;

class AnalysisViews
{
public:
    static void install(MainWindow *window);
};

} // namespace crossread
