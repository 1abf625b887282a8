"""The edits of the strategy view: add, edit, move and delete goals, areas and targets, link
a target to data, set its status by hand and comment a follow-up year. Each becomes one
command pushed through the document, so Edit ▸ Undo takes it back."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QHBoxLayout, QInputDialog, QMessageBox, QToolButton

from digidesk.core import strategy_commands as commands
from digidesk.core.errors import DigiDeskError
from digidesk.core.model.strategy import FocusArea, FollowUpNote, Goal, Target


class StrategyEdits(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.buttons: dict[str, QToolButton] = {}

    def toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for key, text, slot in (
            ("add_goal", self.tr("Add goal"), self.add_goal),
            ("add_area", self.tr("Add development area"), self.add_area),
            ("add_target", self.tr("Add target"), self.add_target),
            ("edit", self.tr("Edit…"), self.edit),
            ("link", self.tr("Link to data…"), self.link),
            ("manual", self.tr("Set status…"), self.set_status),
            ("up", self.tr("Move up"), lambda: self.move(-1)),
            ("down", self.tr("Move down"), lambda: self.move(1)),
            ("move_to", self.tr("Move to…"), self.move_to),
            ("delete", self.tr("Delete"), self.delete),
        ):
            button = QToolButton(self.view)
            button.setText(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- helpers -----------------------------------------------------------------------------
    @property
    def strategy(self):
        return self.view.model.strategy

    def _push(self, command) -> bool:
        try:
            self.view.document.push(command)
        except DigiDeskError as error:
            from digidesk.messages import describe

            QMessageBox.warning(
                self.view, self.tr("Strategy"), describe(error, self.view.model.language)
            )
            return False
        return True

    def _current(self):
        node = self.view.current_node()
        if node is None:
            return None, None, None
        kind, node_id = node
        return kind, node_id, self.view.tree.currentIndex().data(commands_object_role())

    def _area_of_current(self) -> str | None:
        kind, node_id, _item = self._current()
        if kind == "area":
            return node_id
        if kind == "target":
            return next(
                a.id for a in self.strategy.focus_areas() if any(t.id == node_id for t in a.targets)
            )
        if kind == "goal":
            goal = next(g for g in self.strategy.goals if g.id == node_id)
            return goal.focus_areas[0].id if goal.focus_areas else None
        return None

    def _area_with(self, target_id: str):
        return next(
            a for a in self.strategy.focus_areas() if any(t.id == target_id for t in a.targets)
        )

    def _goal_of_current(self) -> str | None:
        kind, node_id, _item = self._current()
        for goal in self.strategy.goals:
            if goal.id == node_id or any(a.id == node_id for a in goal.focus_areas):
                return goal.id
            if any(t.id == node_id for a in goal.focus_areas for t in a.targets):
                return goal.id
        return None

    def update_actions(self) -> None:
        kind = (self.view.current_node() or (None, None))[0]
        target = kind == "target"
        self.buttons["add_area"].setEnabled(kind is not None)
        self.buttons["add_target"].setEnabled(self._area_of_current() is not None)
        for key in ("edit", "up", "down", "delete"):
            self.buttons[key].setEnabled(kind is not None)
        self.buttons["move_to"].setEnabled(kind in ("area", "target"))
        for key in ("link", "manual"):
            self.buttons[key].setEnabled(target)

    # -- adding and editing ------------------------------------------------------------------
    def add_goal(self) -> None:
        from digidesk.qt.dialogs.strategy_dialogs import NodeDialog

        dialog = NodeDialog(self.tr("New goal"), parent=self.view)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, text = dialog.values()
            goal = Goal(commands.new_id(self.strategy, "goal"), name, text)
            self._push(commands.AddGoal(self.view.position, goal))

    def add_area(self) -> None:
        from digidesk.qt.dialogs.strategy_dialogs import NodeDialog

        goal_id = self._goal_of_current()
        if goal_id is None:
            return
        dialog = NodeDialog(self.tr("New development area"), parent=self.view)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, text = dialog.values()
            area = FocusArea(commands.new_id(self.strategy, "area", goal_id), name, text)
            self._push(commands.AddArea(self.view.position, goal_id, area))

    def add_target(self) -> None:
        from digidesk.qt.dialogs.strategy_dialogs import TargetDialog

        area_id = self._area_of_current()
        if area_id is None:
            return
        dialog = TargetDialog(self.tr("New measurable target"), self.strategy.perspectives,
                              parent=self.view)  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text, year, perspectives = dialog.values()
            target = Target(commands.new_id(self.strategy, "target"), text, year, perspectives)
            self._push(commands.AddTarget(self.view.position, area_id, target))

    def edit(self) -> None:
        from digidesk.qt.dialogs.strategy_dialogs import NodeDialog, TargetDialog

        kind, node_id, item = self._current()
        if kind == "target":
            dialog = TargetDialog(
                self.tr("Edit measurable target"),
                self.strategy.perspectives,
                item.text,
                item.due_year,
                item.perspectives,
                self.view,
            )
            if dialog.exec() == QDialog.DialogCode.Accepted:
                text, year, perspectives = dialog.values()
                changed = replace(item, text=text, due_year=year, perspectives=perspectives)
                if changed != item:
                    self._push(commands.EditTarget(self.view.position, changed))
        elif kind is not None:
            title = self.tr("Edit goal") if kind == "goal" else self.tr("Edit development area")
            dialog = NodeDialog(title, item.name, item.description, self.view)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                name, text = dialog.values()
                if (name, text) != (item.name, item.description):
                    self._push(commands.EditNode(self.view.position, node_id, name, text))

    def link(self) -> None:
        from digidesk.qt.dialogs.link_dialog import LinkDialog

        kind, node_id, item = self._current()
        if kind != "target":
            return
        dialog = LinkDialog(self.view.document.workspace, item, self.strategy.area_id or "",
                            self.view.model.language, self.view)  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted:
            workspace = self.view.document.workspace
            self._push(
                commands.link_target(workspace, self.view.position, node_id, **dialog.values())
            )

    def set_status(self) -> None:
        from digidesk.qt.dialogs.strategy_dialogs import ManualStatusDialog

        kind, node_id, item = self._current()
        if kind != "target":
            return
        dialog = ManualStatusDialog(item.manual_status, self.view.model.language, self.view)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            status, comment = dialog.values()
            workspace = self.view.document.workspace
            try:
                command = commands.set_manual_status(
                    workspace, self.view.position, node_id, status, comment
                )
            except DigiDeskError:
                return
            self._push(command)

    def edit_note(self) -> None:
        from digidesk.qt.dialogs.strategy_dialogs import NoteDialog

        kind, _node_id, item = self._current()
        if kind != "target":
            return
        notes = {n.year: n.text for n in item.notes}
        year = self.view.model.status.as_of.year
        dialog = NoteDialog(notes, year, self.view)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            year, text = dialog.values()
            kept = tuple(n for n in item.notes if n.year != year)
            if text:
                kept = tuple(sorted((*kept, FollowUpNote(year, text)), key=lambda n: n.year))
            if kept != item.notes:
                self._push(
                    commands.EditTarget(self.view.position, replace(item, notes=kept), "note")
                )

    # -- moving and deleting -----------------------------------------------------------------
    def move(self, step: int) -> None:
        kind, node_id, _item = self._current()
        strategy, position = self.strategy, self.view.position
        if kind == "goal":
            index = [g.id for g in strategy.goals].index(node_id) + step
            if 0 <= index < len(strategy.goals):
                self._push(commands.MoveGoal(position, node_id, index))
        elif kind == "area":
            goal = next(g for g in strategy.goals if any(a.id == node_id for a in g.focus_areas))
            index = [a.id for a in goal.focus_areas].index(node_id) + step
            if 0 <= index < len(goal.focus_areas):
                self._push(commands.MoveArea(position, node_id, goal.id, index))
        elif kind == "target":
            area = next(
                a for a in strategy.focus_areas() if any(t.id == node_id for t in a.targets)
            )
            index = [t.id for t in area.targets].index(node_id) + step
            if 0 <= index < len(area.targets):
                self._push(commands.MoveTarget(position, node_id, area.id, index))

    def move_to(self) -> None:
        kind, node_id, _item = self._current()
        strategy = self.strategy
        if kind == "target":
            no_area = self.tr("(no development area)")
            places = [(f"{g.name} › {a.name or no_area}", a.id)
                      for g in strategy.goals for a in g.focus_areas]  # fmt: skip
            title = self.tr("Move the target to the development area:")
        elif kind == "area":
            places = [(g.name, g.id) for g in strategy.goals]
            title = self.tr("Move the development area to the goal:")
        else:
            return
        labels = [label for label, _ in places]
        label, ok = QInputDialog.getItem(self.view, self.tr("Move to…"), title, labels, 0, False)
        if not ok:
            return
        place = dict(places)[label]
        if kind == "target":
            self._push(commands.MoveTarget(self.view.position, node_id, place, 10_000))
        else:
            self._push(commands.MoveArea(self.view.position, node_id, place, 10_000))

    def delete(self, ask: bool = True) -> None:
        kind, node_id, item = self._current()
        if kind is None:
            return
        name = item.text if kind == "target" else item.name
        if ask:
            answer = QMessageBox.question(
                self.view,
                self.tr("Delete"),
                self.tr(
                    "Delete “{name}” and everything under it? Edit ▸ Undo takes it back."
                ).format(name=name[:120]),
            )
            if answer not in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok):
                return
        command = {"goal": commands.RemoveGoal, "area": commands.RemoveArea,
                   "target": commands.RemoveTarget}[kind](self.view.position, node_id)  # fmt: skip
        self._push(command)


def commands_object_role():
    from digidesk.qt.models.strategy_model import OBJECT_ROLE

    return OBJECT_ROLE
