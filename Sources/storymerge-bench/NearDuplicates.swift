internal import Similarity
internal import StoryModel

/// Near-duplicate groups from signatures: LSH candidates, verified on the signatures alone.
enum NearDuplicates {
    /// What the near-duplicate step found.
    struct Result {
        /// Candidate pairs from LSH.
        var candidates: Int
        /// Groups of two or more documents, ascending, by smallest member.
        var groups: [[Int]]
    }

    /// LSH buckets above this many documents propose a chain instead of all pairs.
    static let maxBucket = 500

    /// Groups documents whose estimated Jaccard is at least `threshold`, or (when
    /// `containment > 0`) whose estimated containment of the smaller in the larger is at least
    /// `containment` with 30 shingles or more, like the pipeline's near-duplicate rule.
    ///
    /// Containment is estimated from the Jaccard estimate and the shingle counts:
    /// |A∩B| = J·(|A|+|B|)/(1+J).
    static func find(
        _ output: SignatureStage.Output, banding: LSHBanding, threshold: Double, containment: Double, threads: ThreadCount
    ) -> Result {
        let pairs = banding.candidatePairs(output.matrix, threads: threads, maxBucket: maxBucket)
        var parent = Array(0..<output.matrix.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for pair in pairs {
            let j = output.matrix.estimatedJaccard(pair.first, pair.second)
            var near = j >= threshold
            if !near, containment > 0, j > 0 {
                let a = Double(output.shingleCounts[pair.first]), b = Double(output.shingleCounts[pair.second])
                let smaller = min(a, b)
                near = smaller >= 30 && j * (a + b) / (1 + j) >= containment * smaller
            }
            if near {
                let ra = find(pair.first), rb = find(pair.second)
                if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
            }
        }
        var members: [Int: [Int]] = [:]
        for index in parent.indices { members[find(index), default: []].append(index) }
        let groups = members.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        return Result(candidates: pairs.count, groups: groups)
    }
}
