import RinnallaCore

/// The evidence view's tables as one CSV file (`InclusionCSV.Format`): each indicator a
/// row per quarter with its part, whole, percent and band, then (outreach) the contacts
/// by channel.
enum EvidenceCSV {
    static func file(_ evidence: UnitEvidence, format: InclusionCSV.Format, language: Language) -> String {
        let t = { (key: L10nKey) in Localizer.shared.text(key, language) }
        let c = { (count: ProtectedCount) in ProtectedCountText.text(count, language: language) }
        var lines: [[String]] = [[t(.evidenceTitle), t(evidence.model.title), evidence.unitName]]
        lines.append([])
        lines.append([
            t(.evidenceColIndicator), t(.evidenceColKind), t(.evidenceColQuarter), t(.evidenceColPart),
            t(.evidenceColWhole), t(.evidenceColPercent), t(.evidenceColBand), t(.evidenceColDefinition),
        ])
        for indicator in evidence.indicators {
            for (quarter, values) in zip(evidence.quarters, evidence.values) {
                guard let value = values[indicator] else { continue }
                var line = [
                    t(indicator.title), t(EvidenceViews.kindTitle(indicator.kind)),
                    DashboardText.period(quarter.quarter, language),
                ]
                switch value {
                case .share(let share):
                    line += [
                        c(share.part), c(share.whole),
                        share.percent.map { format.number(Double($0), decimals: 0) } ?? "",
                    ]
                case .count(let count): line += [c(count), "", ""]
                }
                line += [t(value.band.title), t(indicator.definition)]
                lines.append(line)
            }
        }
        if !evidence.feedback.isEmpty {
            lines.append([])
            lines.append([t(.clientfeedbackEvidenceHeading), t(.clientfeedbackNotValidated)])
            lines.append([
                t(.evidenceColIndicator), t(.evidenceColQuarter), t(.evidenceColPart), t(.evidenceColWhole),
                t(.evidenceColPercent),
            ])
            for answer in evidence.feedback {
                for (quarter, share) in zip(evidence.quarters, answer.shares) {
                    lines.append([
                        answer.question.text(language), DashboardText.period(quarter.quarter, language), c(share.part),
                        c(share.whole), share.percent.map { format.number(Double($0), decimals: 0) } ?? "",
                    ])
                }
            }
        }
        if evidence.model == .outreach {
            lines.append([])
            lines.append([t(.evidenceChannels)])
            lines.append(
                [t(.evidenceColQuarter)] + ContactChannel.allCases.map { t($0.l10nKey) } + [t(.evidenceColWhole)])
            for quarter in evidence.quarters {
                let list = quarter.protectedChannels(threshold: evidence.threshold)
                lines.append([DashboardText.period(quarter.quarter, language)] + list.cells.map(c) + [c(list.total)])
            }
        }
        return format.file(lines)
    }
}
