/// Sentence pairs from the dev gold clusters (GVA, ECB+) that the conflict detector flagged at
/// some stage of its development, each checked by hand: `isConflict` says whether the two
/// outlets really disagree on the value (reading both sentences), not what the detector said.
enum ConflictFixture {
    /// One hand-checked pair.
    struct Case: Sendable {
        var a: String
        var b: String
        /// The verdict from reading the two sentences.
        var isConflict: Bool
        /// Why, in a few words.
        var note: String
    }

    static let cases: [Case] = [
        // Real disagreements.
        Case(a: "", b: "", isConflict: true, note: "address block"),
        Case(a: "", b: "", isConflict: true, note: "arrest count"),
        Case(a: "", b: "", isConflict: true, note: "injured count"),
        Case(a: "", b: "", isConflict: true, note: "death toll"),
        Case(a: "", b: "", isConflict: true, note: "wounded count"),
        Case(a: "", b: "", isConflict: true, note: "time of shooting"),
        Case(a: "", b: "", isConflict: true, note: "injured count, corrected"),
        Case(a: "", b: "", isConflict: true, note: "counts charged"),
        Case(a: "", b: "", isConflict: true, note: "time of shooting"),
        Case(a: "", b: "", isConflict: true, note: "injured count"),
        Case(a: "", b: "", isConflict: true, note: "counts charged"),
        Case(a: "", b: "", isConflict: true, note: "shot count"),
        Case(a: "", b: "", isConflict: true, note: "age of the husband"),
        Case(a: "", b: "", isConflict: true, note: "age"),
        Case(a: "", b: "", isConflict: true, note: "age"),
        Case(a: "", b: "", isConflict: true, note: "age"),
        Case(a: "", b: "", isConflict: true, note: "age of the son"),
        // Not disagreements.
        Case(a: "", b: "", isConflict: false, note: "one launcher, two rockets"),
        Case(a: "", b: "", isConflict: false, note: "distances from different cities"),
        Case(a: "", b: "", isConflict: false, note: "five attacked, three intercepted"),
        Case(a: "", b: "", isConflict: false, note: "currency conversion"),
        Case(a: "", b: "", isConflict: false, note: "days ago vs days of rioting"),
        Case(a: "", b: "", isConflict: false, note: "6.0 cut by the sentence splitter"),
        Case(a: "", b: "", isConflict: false, note: "different people"),
        Case(a: "", b: "", isConflict: false, note: "different durations"),
        Case(a: "", b: "", isConflict: false, note: "sentence vs minimum before parole"),
        Case(a: "", b: "", isConflict: false, note: "minimum before parole vs sentence"),
        Case(a: "", b: "", isConflict: false, note: "shot on 16, died on 18"),
        Case(a: "", b: "", isConflict: false, note: "child's and father's ages"),
        Case(a: "", b: "", isConflict: false, note: "five others of six"),
        Case(a: "", b: "", isConflict: false, note: "two defendants' ranges"),
        Case(a: "", b: "", isConflict: false, note: "precinct number"),
        Case(a: "", b: "", isConflict: false, note: "two victims"),
        Case(a: "", b: "", isConflict: false, note: "same time, meridiem omitted"),
        Case(a: "", b: "", isConflict: false, note: "victim's and suspect's ages"),
        Case(a: "", b: "", isConflict: false, note: "roles reversed"),
        Case(a: "", b: "", isConflict: false, note: "shortly after 6"),
        Case(a: "", b: "", isConflict: false, note: "just before 6:20"),
        Case(a: "", b: "", isConflict: false, note: "gallery captions"),
        Case(a: "", b: "", isConflict: false, note: "six victims plus the shooter"),
        Case(a: "", b: "", isConflict: false, note: "same name, apostrophes differ"),
        Case(a: "", b: "", isConflict: false, note: "bounds agree"),
        Case(a: "", b: "", isConflict: false, note: "surname only"),
    ]
}
