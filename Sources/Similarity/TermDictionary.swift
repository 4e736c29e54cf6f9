/// Maps terms to dense `Int32` ids, assigned in sorted term order so ids never depend on the
/// order documents arrived in.
package struct TermDictionary: Sendable {
    /// The terms, sorted; a term's id is its index here.
    package let terms: [String]
    private let ids: [String: Int32]

    /// Builds a dictionary over every distinct term of `terms`.
    ///
    /// - Complexity: O(n + u log u) for n terms, u of them distinct.
    package init(terms: some Sequence<String>) {
        // Deduplicate by hashing first: sorting every occurrence (millions in a big corpus)
        // with String comparison cost more than the rest of the weighing.
        var distinct = Set<String>()
        for term in terms { distinct.insert(term) }
        let sorted = distinct.sorted()
        self.terms = sorted
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(sorted.count)
        for (index, term) in sorted.enumerated() {
            ids[term] = Int32(index)
        }
        self.ids = ids
    }

    /// The number of terms.
    package var count: Int { terms.count }

    /// The id of a term, or `nil` when it is not in the dictionary.
    package func id(of term: String) -> Int32? {
        ids[term]
    }

    /// The term with an id.
    package func term(_ id: Int32) -> String {
        terms[Int(id)]
    }
}
