#pragma once
// View › Appearance: follow the system's palette, or force a light or dark one. The
// choice is remembered; every view repaints on the palette change (tag colours blend
// with the new base colour and pick readable text).
#include <QObject>
#include <QPalette>

class QMenu;

namespace crossread {

class Appearance : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };

    // Remembers the system's style and palette; call once after QApplication exists.
    static Appearance *instance();

    Mode mode() const { return m_mode; }
    void setMode(Mode mode); // applies and remembers it
    void restore(); // applies the remembered mode

    // Adds System / Light / Dark as exclusive checkable actions.
    void populateMenu(QMenu *menu);

    static QPalette lightPalette();
    static QPalette darkPalette();
    static QString modeKey(Mode mode);

signals:
    void modeChanged(crossread::Appearance::Mode mode);

private:
    Appearance();
    void apply();

    Mode m_mode = Mode::System;
    QPalette m_systemPalette;
    QString m_systemStyle;
};

} // namespace crossread
