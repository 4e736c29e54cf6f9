import StoryModel

/// Hand-checked verdicts on sentence pairs from the dev gold clusters (GVA, ECB+) that the
/// conflict detector flagged at some stage of its development, with locators that find each
/// sentence in the corpora at test time. This file holds verdicts and locators only, no corpus
/// text: the data's README (`shared/data/README.md`) says the corpora are for tuning and
/// evaluating and must not be copied into the repository. `isConflict` says whether the two
/// outlets really disagree on the value (reading both sentences), not what the detector said.
enum ConflictFixture {
    /// Where one side of a pair is: a sentence of a corpus article, whole or in part.
    struct Sentence: Sendable {
        /// A piece of the side's text.
        enum Piece: Sendable {
            /// Characters `from..<to` of the sentence's text (`Character` offsets).
            case text(Int, Int)
            /// Punctuation or spaces, added where the checked text was cut short.
            case glue(String)
        }

        /// The article: `<corpus>/<file>`, a file of `<corpus>/articles/`.
        var file: String
        /// The sentence: its 0-based index in `TextNormalizer().normalize(article).sentences`.
        var index: Int
        /// The parts of the sentence that were checked, in order; empty for the whole sentence
        /// (some pairs were checked on a sentence trimmed to the clauses that state the value).
        var pieces: [Piece]

        /// Locates sentence `index` of `file`, whole or as `pieces`.
        init(_ file: String, _ index: Int, _ pieces: [Piece] = []) {
            self.file = file
            self.index = index
            self.pieces = pieces
        }
    }

    /// One hand-checked pair.
    struct Case: Sendable {
        /// One outlet's sentence.
        var a: Sentence
        /// The other outlet's sentence.
        var b: Sentence
        /// The verdict from reading the two sentences.
        var isConflict: Bool
        /// Why, in a few words.
        var note: String
    }

    static let cases: [Case] = [
        // Real disagreements.
        Case(a: .init("ecbplus-dev/16_1ecbplus.txt", 22), b: .init("ecbplus-dev/16_9ecbplus.txt", 38, [.text(0, 125), .glue(".")]), isConflict: true, note: "address block"),
        Case(a: .init("ecbplus-dev/19_6ecbplus.txt", 31), b: .init("ecbplus-dev/19_8ecbplus.txt", 44), isConflict: true, note: "arrest count"),
        Case(a: .init("ecbplus-dev/8_3ecbplus.txt", 27), b: .init("ecbplus-dev/8_8ecbplus.txt", 27), isConflict: true, note: "injured count"),
        Case(a: .init("gva-dev/gva156670_ce1a136af0c2.txt", 46), b: .init("gva-dev/gva156670_ce1a136af0c2.txt", 37, [.text(15, 135)]), isConflict: true, note: "death toll"),
        Case(a: .init("gva-dev/gva433146_f89c2d31f1aa.txt", 0, [.text(15, 153)]), b: .init("gva-dev/gva433146_8981a621a058.txt", 0), isConflict: true, note: "wounded count"),
        Case(a: .init("gva-dev/gva451072_e5e153a270db.txt", 8), b: .init("gva-dev/gva451072_07572b6d87e3.txt", 3), isConflict: true, note: "time of shooting"),
        Case(a: .init("gva-dev/gva546760_c2da9739d4e0.txt", 4), b: .init("gva-dev/gva546760_4efed83d6683.txt", 5), isConflict: true, note: "injured count, corrected"),
        Case(a: .init("gva-dev/gva566168_3397f9e5fc77.txt", 1), b: .init("gva-dev/gva566168_0cc00aa8b44f.txt", 7), isConflict: true, note: "counts charged"),
        Case(a: .init("gva-dev/gva590958_ba36803d6afd.txt", 10), b: .init("gva-dev/gva590958_e9f889ea233c.txt", 2), isConflict: true, note: "time of shooting"),
        Case(a: .init("gva-dev/gva597176_335b68b18d77.txt", 10), b: .init("gva-dev/gva597176_39f3c7ddf9b9.txt", 1), isConflict: true, note: "injured count"),
        Case(a: .init("gva-dev/gva644718_f7066a6bac3e.txt", 2), b: .init("gva-dev/gva644718_a9f8dbc094ea.txt", 0), isConflict: true, note: "counts charged"),
        Case(a: .init("gva-dev/gva667984_27dbdd381f9f.txt", 21), b: .init("gva-dev/gva667984_df2b61e4dbd9.txt", 2), isConflict: true, note: "shot count"),
        Case(a: .init("gva-dev/gva568528_78574ee9e0fc.txt", 13), b: .init("gva-dev/gva568528_2c6de53396e7.txt", 6), isConflict: true, note: "age of the husband"),
        Case(a: .init("gva-dev/gva336622_3c1fa7ed16bc.txt", 6, [.text(0, 111), .glue(".")]), b: .init("gva-dev/gva336622_3d99a460092c.txt", 22, [.text(0, 123), .glue(".")]), isConflict: true, note: "age"),
        Case(a: .init("gva-dev/gva480358_074c623ce48d.txt", 53), b: .init("gva-dev/gva480358_26db83890367.txt", 20), isConflict: true, note: "age"),
        Case(a: .init("gva-dev/gva518368_a7bde231d526.txt", 1), b: .init("gva-dev/gva518368_2316b4c9c2de.txt", 4), isConflict: true, note: "age"),
        Case(a: .init("gva-dev/gva302746_1e35803a02a6.txt", 3), b: .init("gva-dev/gva302746_9765a099513b.txt", 9), isConflict: true, note: "age of the son"),
        Case(a: .init("ecbplus-dev/12_17ecb.txt", 9), b: .init("ecbplus-dev/12_5ecb.txt", 2, [.text(0, 21), .text(35, 177), .text(188, 195), .text(181, 188), .glue(".")]), isConflict: false, note: "one launcher, two rockets"),
        // Not disagreements.
        Case(a: .init("ecbplus-dev/13_22ecb.txt", 4), b: .init("ecbplus-dev/13_1ecb.txt", 9), isConflict: false, note: "currency conversion"),
        Case(a: .init("ecbplus-dev/20_11ecbplus.txt", 10), b: .init("ecbplus-dev/20_3ecbplus.txt", 10), isConflict: false, note: "6.0 cut by the sentence splitter"),
        Case(a: .init("ecbplus-dev/21_12ecb.txt", 3), b: .init("ecbplus-dev/21_9ecb.txt", 0), isConflict: false, note: "different people"),
        Case(a: .init("gva-dev/gva273298_2a44c812f2a1.txt", 0, [.text(19, 124)]), b: .init("gva-dev/gva273298_0ec6ccbd4efc.txt", 1, [.text(15, 174)]), isConflict: false, note: "sentence vs minimum before parole"),
        Case(a: .init("gva-dev/gva273298_2a44c812f2a1.txt", 1, [.text(0, 31), .text(43, 90), .text(112, 175)]), b: .init("gva-dev/gva273298_0ec6ccbd4efc.txt", 2, [.text(0, 63), .text(75, 121), .glue(".")]), isConflict: false, note: "minimum before parole vs sentence"),
        Case(a: .init("gva-dev/gva324644_ef6d74acb77f.txt", 9), b: .init("gva-dev/gva324644_d6525e180757.txt", 0), isConflict: false, note: "shot on 16, died on 18"),
        Case(a: .init("gva-dev/gva441724_79f6d1460c21.txt", 1, [.text(0, 14), .text(66, 84), .text(120, 202), .text(206, 211)]), b: .init("gva-dev/gva441724_cb6e51a03a5f.txt", 5, [.text(0, 12), .text(54, 185)]), isConflict: false, note: "child\'s and father\'s ages"),
        Case(a: .init("gva-dev/gva494378_b60e40a8a4a3.txt", 8), b: .init("gva-dev/gva494378_0399aed3b442.txt", 6), isConflict: false, note: "five others of six"),
        Case(a: .init("gva-dev/gva530076_472cba3428be.txt", 2, [.text(0, 76), .text(77, 119), .glue(".")]), b: .init("gva-dev/gva530076_173f1c80b033.txt", 1), isConflict: false, note: "two defendants\' ranges"),
        Case(a: .init("gva-dev/gva567614_b9542e0b2850.txt", 34), b: .init("gva-dev/gva567614_fd1f4b80feb9.txt", 16), isConflict: false, note: "precinct number"),
        Case(a: .init("gva-dev/gva615024_fb3b67063ef1.txt", 16), b: .init("gva-dev/gva615024_1c073770833c.txt", 14), isConflict: false, note: "two victims"),
        Case(a: .init("gva-dev/gva619408_5dbc6170ef79.txt", 1, [.text(0, 35), .text(59, 136), .glue(".")]), b: .init("gva-dev/gva619408_30421ea4a2c6.txt", 3), isConflict: false, note: "same time, meridiem omitted"),
        Case(a: .init("gva-dev/gva688056_e15d7b9a0056.txt", 3), b: .init("gva-dev/gva688056_19c719820187.txt", 3), isConflict: false, note: "victim\'s and suspect\'s ages"),
        Case(a: .init("gva-dev/gva315150_a538bc66aecf.txt", 0), b: .init("gva-dev/gva315150_1aecfc7c2438.txt", 0, [.text(0, 133), .glue(".")]), isConflict: false, note: "roles reversed"),
        Case(a: .init("gva-dev/gva567788_606205083149.txt", 2, [.text(0, 95), .glue(".")]), b: .init("gva-dev/gva567788_d4b3560e3c7f.txt", 1, [.text(0, 88), .text(114, 157)]), isConflict: false, note: "just before 6:20"),
        Case(a: .init("gva-dev/gva374986_8d69d4b5a3ab.txt", 4), b: .init("gva-dev/gva374986_b965ad29ff3a.txt", 4), isConflict: false, note: "gallery captions"),
        Case(a: .init("gva-dev/gva138282_120dfce89664.txt", 3, [.text(0, 44), .text(56, 131), .glue(".")]), b: .init("gva-dev/gva138282_96499b0d1aec.txt", 0, [.text(0, 17), .text(26, 64), .text(127, 187), .glue(".")]), isConflict: false, note: "six victims plus the shooter"),
        Case(a: .init("gva-dev/gva357164_8c569c166cad.txt", 1, [.text(0, 74), .text(104, 141), .glue(".")]), b: .init("gva-dev/gva357164_28953373b2db.txt", 2), isConflict: false, note: "same name, apostrophes differ"),
        Case(a: .init("ecbplus-dev/18_3ecbplus.txt", 3, [.text(0, 19), .text(36, 47), .text(100, 176), .glue(".")]), b: .init("ecbplus-dev/18_2ecbplus.txt", 5, [.text(0, 19), .text(36, 130), .glue(".")]), isConflict: false, note: "bounds agree"),
    ]

    /// A hand-checked verdict on a conflict the merger raised on a dev gold cluster
    /// (``ConflictCatalog``), found by its locator: its kind and, per claim, the first sentence
    /// stating it. `isConflict` says whether the outlets really disagree, from reading both
    /// sentences in their articles; `note` says why, in the checker's words.
    struct Verdict: Sendable {
        /// What kind of value.
        var kind: Conflict.Kind
        /// `<corpus>/<file>#<sentence index>` of each claim's first sentence.
        var sides: [String]
        /// Whether the outlets really disagree.
        var isConflict: Bool
        /// Why, in a few words.
        var note: String
        /// Which of the story's conflicts with this kind and these sides (0 = the first).
        var occurrence: Int

        /// The locator, as ``ConflictCatalog/locator(kind:sides:occurrence:)`` builds it.
        var locator: String { ConflictCatalog.locator(kind: kind, sides: sides, occurrence: occurrence) }

        init(_ kind: Conflict.Kind, _ sides: [String], _ isConflict: Bool, _ note: String, occurrence: Int = 0) {
            self.kind = kind
            self.sides = sides
            self.isConflict = isConflict
            self.note = note
            self.occurrence = occurrence
        }
    }

    /// Verdicts on the conflicts the merger raises on the dev gold clusters (`Scripts/list-conflicts`).
    static let verdicts: [Verdict] = [
        // Raised inside a fused group.
        Verdict(.number, ["ecbplus-dev/12_17ecb.txt#9", "ecbplus-dev/12_5ecb.txt#2"], false, "one launcher vs the two rockets it carries"),
        Verdict(.number, ["ecbplus-dev/16_1ecbplus.txt#22", "ecbplus-dev/16_9ecbplus.txt#38"], true, "street block of the killing differs"),
        Verdict(.number, ["ecbplus-dev/19_6ecbplus.txt#31", "ecbplus-dev/19_8ecbplus.txt#44"], true, "number of prior arrests differs"),
        Verdict(.number, ["ecbplus-dev/8_3ecbplus.txt#27", "ecbplus-dev/8_8ecbplus.txt#27"], true, "police injury count differs"),
        Verdict(.number, ["gva-dev/gva156670_ce1a136af0c2.txt#46", "gva-dev/gva156670_e246225aa5a4.txt#102"], true, "fatalities among the seven shot differ"),
        Verdict(.number, ["gva-dev/gva302746_1e35803a02a6.txt#3", "gva-dev/gva302746_9765a099513b.txt#9"], true, "age of the boy hit differs"),
        Verdict(.number, ["gva-dev/gva433146_8981a621a058.txt#0", "gva-dev/gva433146_f89c2d31f1aa.txt#0"], true, "wounded count differs"),
        Verdict(.number, ["gva-dev/gva441724_9cc8360799a6.txt#8", "gva-dev/gva441724_cb6e51a03a5f.txt#4", "gva-dev/gva441724_ce9540323be7.txt#7"], true, "ages of the two officers swapped or off"),
        Verdict(.number, ["gva-dev/gva441724_9cc8360799a6.txt#8", "gva-dev/gva441724_cb6e51a03a5f.txt#4"], true, "ages of the two officers swapped"),
        Verdict(.time, ["gva-dev/gva451072_07572b6d87e3.txt#3", "gva-dev/gva451072_e5e153a270db.txt#8"], true, "hour of the shooting differs"),
        Verdict(.number, ["gva-dev/gva480358_074c623ce48d.txt#53", "gva-dev/gva480358_26db83890367.txt#20"], true, "victim's age differs"),
        Verdict(.number, ["gva-dev/gva492260_08f43ef5d62b.txt#10", "gva-dev/gva492260_db7150656664.txt#3"], true, "suspect's age differs, same announcement"),
        Verdict(.number, ["gva-dev/gva518368_2316b4c9c2de.txt#4", "gva-dev/gva518368_a7bde231d526.txt#1"], true, "suspect's age differs by ten years"),
        Verdict(.number, ["gva-dev/gva546760_4efed83d6683.txt#5", "gva-dev/gva546760_c2da9739d4e0.txt#4"], true, "injured count, later corrected"),
        Verdict(.number, ["gva-dev/gva566168_0cc00aa8b44f.txt#7", "gva-dev/gva566168_9e81b8fb5345.txt#27"], true, "assault counts charged differ (later report)"),
        Verdict(.time, ["gva-dev/gva590958_ba36803d6afd.txt#10", "gva-dev/gva590958_e9f889ea233c.txt#2"], true, "time of the call differs by 40 minutes"),
        Verdict(.number, ["gva-dev/gva597176_39f3c7ddf9b9.txt#1", "gva-dev/gva597176_a34aada228cd.txt#11"], true, "number of other injured differs"),
        Verdict(.number, ["gva-dev/gva600398_865c55c472e5.txt#36", "gva-dev/gva600398_986e27b5160a.txt#23"], true, "distance of the town from the city differs"),
        Verdict(.number, ["gva-dev/gva644718_a9f8dbc094ea.txt#0", "gva-dev/gva644718_f7066a6bac3e.txt#2"], true, "assault counts charged differ"),
        Verdict(.number, ["gva-dev/gva667984_27dbdd381f9f.txt#21", "gva-dev/gva667984_df2b61e4dbd9.txt#2"], false, "found at the scene vs total shot"),
        Verdict(.number, ["gva-dev/gva134044_c6275213d96d.txt#26", "gva-dev/gva134044_f0c1d2a45551.txt#2"], true, "age of the murdered witness: 17 vs 19"),
        Verdict(.number, ["gva-dev/gva597756_0a1a17a165e0.txt#55", "gva-dev/gva597756_dbcd0ed2b245.txt#48"], true, "officers' ages swapped (McBride)"),
        Verdict(.number, ["gva-dev/gva597756_0a1a17a165e0.txt#55", "gva-dev/gva597756_dbcd0ed2b245.txt#48"], true, "officers' ages swapped (Retana)", occurrence: 1),
        // Raised across the cluster (sentences not fused).
        Verdict(.number, ["ecbplus-dev/20_2ecb.txt#1", "ecbplus-dev/20_3ecb.txt#1", "ecbplus-dev/20_4ecb.txt#4", "ecbplus-dev/20_5ecb.txt#0"], true, "injured in the quake: 5, 3, 2 (the 6 is an older quake)"),
        Verdict(.number, ["gva-dev/gva390526_66098a054b62.txt#68", "gva-dev/gva390526_7b7252e7c914.txt#15"], true, "suspect's age at the same hearing differs"),
        Verdict(.number, ["gva-dev/gva452120_1d97657dc49a.txt#2", "gva-dev/gva452120_6b1be15298b9.txt#3"], true, "men arrested: 3 vs 4 (later report)"),
        Verdict(.number, ["gva-dev/gva530076_173f1c80b033.txt#7", "gva-dev/gva530076_472cba3428be.txt#3"], true, "age at the same sentencing differs"),
        Verdict(.number, ["gva-dev/gva546022_3feeb4442848.txt#2", "gva-dev/gva546022_f2655b6f4292.txt#5"], true, "men and women among the dead swapped"),
        Verdict(.number, ["gva-dev/gva546022_3feeb4442848.txt#2", "gva-dev/gva546022_f2655b6f4292.txt#5"], true, "women and men among the dead swapped", occurrence: 1),
        Verdict(.number, ["gva-dev/gva566168_9e81b8fb5345.txt#25", "gva-dev/gva566168_f599ccb62902.txt#2"], true, "same suspect, ages 30 and 31"),
        Verdict(.number, ["ecbplus-dev/20_3ecbplus.txt#1", "ecbplus-dev/20_6ecbplus.txt#4"], true, "death toll 10 vs an early 3"),
        Verdict(.number, ["gva-dev/gva625854_7020e8868bc7.txt#2", "gva-dev/gva625854_ce66b5aed237.txt#1"], true, "suspect's age: 34 vs 35"),
        Verdict(.number, ["gva-dev/gva662548_15deaa13806b.txt#1", "gva-dev/gva662548_44c9da45d8ca.txt#1"], true, "wounded in the two shootings: 5 vs 4"),
        Verdict(.number, ["gva-dev/gva369014_0741f81c5424.txt#7", "gva-dev/gva369014_d06a3f7bd400.txt#9"], true, "Gerod Ward's age: 18 vs 17, a week apart"),
        Verdict(.number, ["gva-dev/gva681260_6bab046c78f0.txt#6", "gva-dev/gva681260_70a22ee83899.txt#4"], true, "father's age: 37 vs 38, same day"),
        // A person's name spelled differently by two outlets (group or cluster).
        Verdict(.name, ["ecbplus-dev/18_3ecbplus.txt#18", "ecbplus-dev/18_8ecbplus.txt#28"], true, "hospital spokeswoman's surname: Wolfe vs Wolff"),
        Verdict(.name, ["ecbplus-dev/19_12ecb.txt#3", "ecbplus-dev/19_14ecb.txt#5"], false, "one Greek surname romanised two ways (g/y)"),
        Verdict(.name, ["ecbplus-dev/20_2ecbplus.txt#1", "ecbplus-dev/20_4ecbplus.txt#8"], true, "governor's surname: b vs v, not a romanisation"),
        Verdict(.name, ["ecbplus-dev/22_12ecbplus.txt#19", "ecbplus-dev/22_6ecbplus.txt#5"], true, "victim's given name: LaTonya vs Latoya"),
        Verdict(.name, ["ecbplus-dev/4_1ecb.txt#5", "ecbplus-dev/4_4ecb.txt#13"], true, "Hefner misspelled Heffner"),
        Verdict(.name, ["ecbplus-dev/5_1ecb.txt#20", "ecbplus-dev/5_7ecb.txt#1"], true, "player's given name misspelled (Anre)"),
        Verdict(.name, ["gva-dev/gva134044_c6275213d96d.txt#22", "gva-dev/gva134044_f0c1d2a45551.txt#8"], true, "suspect's given name: Kemontay vs Kamontay"),
        Verdict(.name, ["gva-dev/gva134044_c6275213d96d.txt#23", "gva-dev/gva134044_f0c1d2a45551.txt#8"], true, "suspect's given name: Oslushla vs Oshlushla"),
        Verdict(.name, ["gva-dev/gva267792_564442f50f6f.txt#9", "gva-dev/gva267792_da2e87a98d11.txt#5"], true, "suspect's surname: Wilkerson vs Wilkson"),
        Verdict(.name, ["gva-dev/gva317264_e90eee23c41e.txt#1", "gva-dev/gva317264_f7495ddd4151.txt#4"], true, "suspect's surname: Corely vs Corley"),
        Verdict(.name, ["gva-dev/gva324644_35b4d8cf9cbe.txt#10", "gva-dev/gva324644_3eee4801ac86.txt#6", "gva-dev/gva324644_ef6d74acb77f.txt#9"], true, "victim's given name spelled three ways"),
        Verdict(.name, ["gva-dev/gva358286_9c0d088f9268.txt#3", "gva-dev/gva358286_a7f521ac7d5d.txt#1"], true, "victim's surname: Beedles vs Beddles"),
        Verdict(.name, ["gva-dev/gva375022_aec53edfff69.txt#0", "gva-dev/gva375022_c46d24a4f2c0.txt#0"], false, "one Arabic given name romanised two ways"),
        Verdict(.name, ["gva-dev/gva440972_c58bf57b2385.txt#14", "gva-dev/gva440972_d7a40f20eeac.txt#3"], true, "suspect's given name: Dwight vs Dwright"),
        Verdict(.name, ["gva-dev/gva486142_87b1dd0118cc.txt#18", "gva-dev/gva486142_cf5dfa0d78d5.txt#28"], true, "victim's given name: Kathryn vs Katheryn"),
        Verdict(.name, ["gva-dev/gva487094_07636323c62c.txt#1", "gva-dev/gva487094_1d20f1899e74.txt#2"], true, "victim's given name: Jamayha vs Jamyha"),
        Verdict(.name, ["gva-dev/gva492366_391dfcd20328.txt#2", "gva-dev/gva492366_5a81efa09adf.txt#0"], true, "victim's given name: Erica vs Erika"),
        Verdict(.name, ["gva-dev/gva514796_b2095bc59186.txt#6", "gva-dev/gva514796_dc1bb09cbddf.txt#1"], true, "suspect's given name: Erick vs Erik"),
        Verdict(.name, ["gva-dev/gva515064_913b4242cf12.txt#3", "gva-dev/gva515064_c1aad0750906.txt#3"], true, "victim's given name: Izabella vs Isabella"),
        Verdict(.name, ["gva-dev/gva555126_072e7cade18b.txt#3", "gva-dev/gva555126_3d0622047ae2.txt#6"], true, "victim's given name misspelled (Riogberto)"),
        Verdict(.name, ["gva-dev/gva571922_8974b84a606f.txt#3", "gva-dev/gva571922_e577d21b7f6f.txt#0"], true, "victim's given name: DaMontez vs Demontez"),
        Verdict(.name, ["gva-dev/gva652642_23998dcda7c2.txt#3", "gva-dev/gva652642_51d9cf271f25.txt#1"], true, "victim's given name: Dajahiona vs Dajohiona"),
        Verdict(.name, ["gva-dev/gva688056_19c719820187.txt#0", "gva-dev/gva688056_e15d7b9a0056.txt#3"], true, "victim's surname: Pruner vs Prunner"),
    ]
}
