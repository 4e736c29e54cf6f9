internal import StoryMerge

extension ClusterScores {
    /// `bcubed P=… R=… F1=… | pairwise P=… R=… F1=…`, three decimals, for one bench line.
    var line: String {
        func f(_ x: Double) -> String { Measure.fixed(x, 3) }
        return "bcubed P=\(f(bcubedPrecision)) R=\(f(bcubedRecall)) F1=\(f(bcubedF1)) | "
            + "pairwise P=\(f(pairwisePrecision)) R=\(f(pairwiseRecall)) F1=\(f(pairwiseF1))"
    }
}
