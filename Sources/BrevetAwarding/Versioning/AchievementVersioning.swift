/// Which edits of an achievement need a new version, and making one.
///
/// A credential records the achievement version it was earned under, so the meaning of a published
/// version must never change: editing the criteria (competencies or criteria URL), the rubric, the exam
/// blueprint or the evidence requirements makes a new version with a new id. The old version stays,
/// linked both ways (`previousVersionId` / `nextVersionId`, published as OB 3.0 `related`). Other edits
/// (name, description, tags, price, catalog facts) change the design in place.
public enum AchievementVersioning {
    /// The outcome of ``revise(_:to:newVersionId:)``.
    public enum Revision: Sendable, Hashable {
        /// Nothing that needs a version changed: the edited design replaces the current one under its id.
        case edited(AchievementDesign)
        /// A new version: the previous one, now linked to its successor, and the new one.
        case newVersion(previous: AchievementDesign, current: AchievementDesign)
    }

    /// The names of the changed fields that need a new version (`criteria`, `rubric`, `exam`,
    /// `evidenceRequirements`), in that order.
    public static func materialChanges(from old: AchievementDesign, to new: AchievementDesign) -> [String] {
        var out: [String] = []
        if old.competencies != new.competencies || old.criteriaURL != new.criteriaURL { out.append("criteria") }
        if old.rubric != new.rubric { out.append("rubric") }
        if old.exam != new.exam { out.append("exam") }
        if old.evidenceRequirements != new.evidenceRequirements { out.append("evidenceRequirements") }
        return out
    }

    /// True when going from `old` to `new` needs a new version.
    public static func requiresNewVersion(from old: AchievementDesign, to new: AchievementDesign) -> Bool {
        !materialChanges(from: old, to: new).isEmpty
    }

    /// Applies an edit of `current` (a modified copy with the same id): in place, or as a new version with
    /// id `newVersionId` when ``requiresNewVersion(from:to:)``.
    ///
    /// Throws ``AwardingError/Code/versionConflict`` when `current` already has a successor (lineage does not
    /// branch: edit the latest version), ``AwardingError/Code/invalidVersioning`` when the ids do not fit, and
    /// the validation errors of the edited design.
    public static func revise(_ current: AchievementDesign, to edited: AchievementDesign, newVersionId: String) throws(AwardingError) -> Revision {
        guard edited.id == current.id else {
            throw AwardingError(.invalidVersioning, "the edit of \"\(current.id)\" must keep its id; the new version gets newVersionId")
        }
        guard current.nextVersionId == nil else {
            throw AwardingError(.versionConflict, "\"\(current.id)\" was already replaced by \"\(current.nextVersionId!)\"; edit the latest version")
        }
        var edited = edited
        edited.version = current.version
        edited.previousVersionId = current.previousVersionId
        edited.nextVersionId = nil
        guard requiresNewVersion(from: current, to: edited) else {
            try edited.validate()
            return .edited(edited)
        }
        guard !newVersionId.isEmpty, newVersionId != current.id, newVersionId != current.previousVersionId else {
            throw AwardingError(.invalidVersioning, "a new version needs a new id, not \"\(newVersionId)\"")
        }
        var next = edited
        next.id = newVersionId
        next.version = current.version + 1
        next.previousVersionId = current.id
        try next.validate()
        var previous = current
        previous.nextVersionId = newVersionId
        return .newVersion(previous: previous, current: next)
    }

    /// Like ``revise(_:to:newVersionId:)`` but insists on a new version: throws
    /// ``AwardingError/Code/versionNotNeeded`` when nothing that needs one changed.
    public static func newVersion(of current: AchievementDesign, with edited: AchievementDesign,
                                  newVersionId: String) throws(AwardingError) -> (previous: AchievementDesign, current: AchievementDesign) {
        switch try revise(current, to: edited, newVersionId: newVersionId) {
        case .newVersion(let p, let c): return (p, c)
        case .edited:
            throw AwardingError(.versionNotNeeded, "only catalog facts changed; edit \"\(current.id)\" in place")
        }
    }
}
