#include "Appearance.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace crossread {

namespace {
const char *kSettingsKey = "appearance/mode";
} // namespace

Appearance::Appearance()
    : QObject(qApp)
    , m_systemPalette(QApplication::palette())
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
{ }

Appearance *Appearance::instance()
{
    static QPointer<Appearance> self;
    if (!self)
        self = new Appearance;
    return self;
}

QString Appearance::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

void Appearance::restore()
{
    const QString key = QSettings().value(QLatin1String(kSettingsKey)).toString();
    Mode mode = Mode::System;
    for (Mode m : { Mode::Light, Mode::Dark }) {
        if (key == modeKey(m))
            mode = m;
    }
    m_mode = mode;
    apply();
    emit modeChanged(m_mode);
}

void Appearance::setMode(Mode mode)
{
    QSettings().setValue(QLatin1String(kSettingsKey), modeKey(mode));
    if (mode == m_mode)
        return;
    m_mode = mode;
    apply();
    emit modeChanged(m_mode);
}

void Appearance::apply()
{
    if (m_mode == Mode::System) {
        if (!m_systemStyle.isEmpty() && QApplication::style()->name() != m_systemStyle)
            QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
        return;
    }
    // Fusion draws with the palette everywhere, so a forced palette looks whole.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(m_mode == Mode::Dark ? darkPalette() : lightPalette());
}

void Appearance::populateMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const QList<QPair<Mode, QString>> choices { { Mode::System, tr("Follow the &System") },
        { Mode::Light, tr("&Light") }, { Mode::Dark, tr("&Dark") } };
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.second);
        action->setCheckable(true);
        action->setChecked(choice.first == m_mode);
        action->setData(modeKey(choice.first));
        group->addAction(action);
        const Mode mode = choice.first;
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
    }
    connect(this, &Appearance::modeChanged, group, [group](Mode mode) {
        for (QAction *a : group->actions())
            a->setChecked(a->data().toString() == modeKey(mode));
    });
}

QPalette Appearance::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette();
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x36, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

} // namespace crossread
