import Foundation
@testable import Merger
import Normalizer
import StoryModel

/// Every conflict the merger raises on the gold clusters of the dev corpora (`ecbplus-dev`,
/// `gva-dev` under ``RealData/corpusRoot``), each with a locator that names it without corpus
/// text: its kind and, per claim, the first sentence stating it (`gva-dev/<file>#<index>`).
enum ConflictCatalog {
    /// One raised conflict.
    struct Entry {
        /// `ecbplus-dev` or `gva-dev`.
        var corpus: String
        /// The gold cluster id.
        var cluster: String
        /// The conflict as the merger raised it.
        var conflict: Conflict
        /// Whether its claims come from sentences of one fused group (else: across the cluster).
        var inGroup: Bool
        /// How many conflicts of the same kind and sides come before it in its story (two slots
        /// of one sentence pair: `three men and two women`).
        var occurrence = 0

        /// `<corpus>/<file>#<sentence index>` of each claim's first sentence, in claim order.
        var sides: [String] {
            conflict.claims.map { claim in
                let span = claim.provenance[0]
                return "\(corpus)/\(span.file.split(separator: "/").last ?? "")#\(span.sentenceIndex)"
            }
        }

        /// The locator: kind and sides, sorted (order-insensitive).
        var locator: String { ConflictCatalog.locator(kind: conflict.kind, sides: sides, occurrence: occurrence) }
    }

    /// The locator of the `occurrence`-th conflict of `kind` between `sides` in a story.
    static func locator(kind: Conflict.Kind, sides: [String], occurrence: Int = 0) -> String {
        "\(kind.rawValue) " + sides.sorted().joined(separator: " | ") + (occurrence > 0 ? " (\(occurrence + 1))" : "")
    }

    /// The dev corpora the catalog covers.
    static let corpora = ["ecbplus-dev", "gva-dev"]

    /// Every conflict on every gold cluster, in corpus, cluster and story order; empty without
    /// the corpora.
    static let entries: [Entry] = {
        guard let root = RealData.corpusRoot else { return [] }
        var entries: [Entry] = []
        for corpus in corpora {
            for cluster in RealData.goldClusters(corpus: corpus, root: root) where cluster.articles.count > 1 {
                let alignment = SentenceAlignment(articles: cluster.articles, configuration: MergeConfiguration())
                let story = RealData.merge(cluster.articles, id: cluster.id)
                let indexOf = Dictionary(alignment.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
                var seen: [String: Int] = [:]
                for conflict in story.conflicts {
                    let groups = Set(conflict.claims.flatMap(\.provenance).compactMap { span in
                        indexOf[span.articleID].map { alignment.groupOf[$0][span.sentenceIndex] }
                    })
                    var entry = Entry(corpus: corpus, cluster: cluster.id, conflict: conflict, inGroup: groups.count == 1)
                    entry.occurrence = seen[entry.locator, default: 0]
                    seen[ConflictCatalog.locator(kind: conflict.kind, sides: entry.sides), default: 0] += 1
                    entries.append(entry)
                }
            }
        }
        return entries
    }()
}
