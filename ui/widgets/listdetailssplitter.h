#pragma once

class QSplitter;
class QWidget;

namespace ferry::ui {

// A page's list above the details of its selected row, split vertically: `list` (the table)
// or `empty` (shown in its place while there is nothing) keeps at least 120 px, the details
// get the room; the user moves the handle for more. `listHeight` and `detailsHeight` are the
// first sizes.
QSplitter *listAboveDetails(QWidget *list, QWidget *empty, QWidget *details, int listHeight,
                            int detailsHeight);

} // namespace ferry::ui
