import BrevetAwarding
import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation

/// The public catalog of an issuer: its achievements as columns, the facts buyers and learners
/// compare as rows (kind, level, hours, credits, price and payer, assessment, validity, renewal,
/// skills, version).
enum CatalogPage {
    static func data(issuerName: String, achievements records: [AchievementRecord]) -> [String: Any] {
        let replaced = Dictionary(records.compactMap { r in r.previousVersionID.map { ($0, r) } }, uniquingKeysWith: { a, _ in a })
        let current = records.filter { replaced[$0.id] == nil }
        let columns = current.map { r -> (AchievementRecord, AchievementDesign?) in (r, try? AchievementDesign.from(json: r.achievementJSON)) }
        func row(_ label: String, _ value: (AchievementRecord, AchievementDesign?) -> [String]) -> [String: Any] {
            ["label": label, "cells": columns.map { ["lines": value($0.0, $0.1)] }]
        }
        let rows: [[String: Any]] = [
            row("Kind") { r, d in [d.map { kindName($0.kind) } ?? (r.achievementJSON["achievementType"]?.stringValue ?? "Achievement")] },
            row("Level") { _, d in [d?.ladderStep.map { "Ladder: \($0.rawValue)" }, d?.eqfLevel.map { "EQF level \($0)" }].compactMap { $0 } },
            row("Study hours") { _, d in d?.studyHours.map { [number($0) + " h"] } ?? [] },
            row("Credits") { _, d in d?.creditsAvailable.map { [number($0)] } ?? [] },
            row("Field of study") { _, d in [d?.fieldOfStudy, d?.specialization].compactMap { $0 } },
            row("Code") { _, d in d?.humanCode.map { [$0] } ?? [] },
            row("Competencies") { r, d in d?.competencies.map(\.statement) ?? [r.achievementJSON["criteria"]?["narrative"]?.stringValue].compactMap { $0 } },
            row("Assessment") { _, d in assessment(d) },
            row("Evidence required") { _, d in d?.evidenceRequirements ?? [] },
            row("Sample evidence") { _, d in d?.sampleEvidence.compactMap { $0.name ?? $0.id } ?? [] },
            row("Price") { _, d in d?.price.map { [price($0)] } ?? [] },
            row("Valid for") { r, d in
                if let d { return [d.validity.validFor.map(period) ?? "Does not expire"] }
                return [r.validityDays.map { "\($0) days" } ?? "Does not expire"]
            },
            row("Renewal") { _, d in d?.renewal.map(renewal) ?? [] },
            row("Skills") { _, d in
                guard let d else { return [] }
                let all = d.alignment + d.competencies.flatMap(\.alignment)
                return all.map { a in [a.targetCode, a.targetName].compactMap { $0 }.joined(separator: " ") + (a.targetFramework.map { " (\($0))" } ?? "") }
            },
            row("Tags") { _, d in d.map { $0.tags.isEmpty ? [] : [$0.tags.joined(separator: ", ")] } ?? [] },
            row("Version") { r, _ in
                var lines = ["Version \(r.version)"]
                if r.previousVersionID != nil { lines.append("replaces version \(r.version - 1)") }
                return lines
            },
        ]
        return [
            "issuerName": issuerName, "count": current.count,
            "achievements": columns.map { ["name": $0.0.achievementJSON["name"]?.stringValue ?? $0.0.id, "url": $0.0.id] },
            "rows": rows,
        ]
    }

    static func kindName(_ k: AchievementKind) -> String {
        switch k {
        case .microCredential: return "Micro-credential"
        case .badge: return "Badge"
        case .certificate: return "Certificate"
        case .certification: return "Certification"
        case .custom(let name): return name
        }
    }

    static func assessment(_ d: AchievementDesign?) -> [String] {
        guard let d else { return [] }
        var out: [String] = []
        if let r = d.rubric {
            out.append("Rubric: \(r.criteria.count) criteria, \(r.maxTotal) points" + (r.passRule.minimumTotal.map { ", pass at \($0)" } ?? ""))
        }
        if let x = d.exam {
            out.append("Exam: \(x.domains.count) domains, pass at \(number(x.passMark))%")
        }
        if let max = d.retakePolicy.maxAttempts { out.append("Up to \(max) attempts") }
        if !d.retakePolicy.waitingPeriod.isZero { out.append("Wait \(period(d.retakePolicy.waitingPeriod)) between attempts") }
        return out
    }

    static func price(_ p: Price) -> String {
        switch p.payer {
        case .free: return "Free"
        case .membership: return "Included in membership"
        case .employer, .fee:
            let amount = p.amountMinorUnits == 0 ? "" : " \(number(Double(p.amountMinorUnits) / 100)) \(p.currency ?? "")"
            return (p.payer == .employer ? "Paid by the employer" : "Fee") + (amount.isEmpty ? "" : ":" + amount)
        }
    }

    static func renewal(_ r: RenewalPolicy) -> [String] {
        var out = r.routes.map { route -> String in
            switch route {
            case .reassessment: return "By re-assessment"
            case .continuingEducation(let credits, let ids): return "By \(number(credits)) credits from \(ids.count) listed achievements"
            }
        }
        if let o = r.opensBefore { out.append("Opens \(period(o)) before expiry") }
        if !r.gracePeriod.isZero { out.append("Grace period \(period(r.gracePeriod))") }
        return out
    }

    static func period(_ p: Period) -> String {
        var parts: [String] = []
        if p.years > 0 { parts.append("\(p.years) year" + (p.years == 1 ? "" : "s")) }
        if p.months > 0 { parts.append("\(p.months) month" + (p.months == 1 ? "" : "s")) }
        if p.days > 0 { parts.append("\(p.days) day" + (p.days == 1 ? "" : "s")) }
        return parts.isEmpty ? p.description : parts.joined(separator: " ")
    }

    static func number(_ d: Double) -> String {
        d == d.rounded() ? String(Int(d)) : String(format: "%.2f", d)
    }
}
