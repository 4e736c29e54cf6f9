@testable import Merger
import StoryModel
import Testing

/// The conflict rules added for issue #5 (ages of named people however written, counts of the
/// dead and hurt however phrased, weekdays of the incident, names spelled differently), each
/// with its "same value written differently" counterpart. Sentences are written for the tests.
@Suite struct ConflictRulesTests {
    static func merge(_ texts: [(source: String, text: String)]) -> MergedStory {
        let articles = texts.enumerated().map { TestArticles.make(id: "a\($0.offset).txt", source: $0.element.source, text: $0.element.text) }
        return StoryMerger().merge(EventCluster(id: "C1", articleIDs: articles.map(\.id)), articles: articles)
    }

    static func slots(_ text: String) -> [String: String] {
        Dictionary(ValueExtractor.values(in: text).map { ($0.slot, $0.normalized) }, uniquingKeysWith: { a, _ in a })
    }

    // MARK: Ages

    @Test func agesOfANamedPersonShareOneSlotHoweverWritten() throws {
        #expect(Self.slots("Police arrested 22-year-old John Smith on Monday.")["number:age-smith"] == "22")
        #expect(Self.slots("Police arrested John Smith, 22, on Monday.")["number:age-smith"] == "22")
        #expect(Self.slots("Police arrested John Smith, aged 22, on Monday.")["number:age-smith"] == "22")
        #expect(Self.slots("Police identified the man as John Smith, 22.")["number:age-smith"] == "22")
        #expect(Self.slots("Police arrested 22-year-old Officer John A. Smith on Monday.")["number:age-smith"] == "22")
        // A place before a noun is not a name: `22-year-old Chicago man`.
        #expect(Self.slots("Police arrested a 22-year-old Chicago man on Monday.")["number:age-man"] == nil)
        let given = try #require(ValueExtractor.values(in: "Police arrested 22-year-old John Smith on Monday.").first)
        #expect(given.givenName == "john")
        #expect(given.namedPerson)
    }

    @Test func aNamedPersonsAgeConflictsAcrossTheCluster() throws {
        let a = (source: "Harbor Times", text: "Troopers closed the bridge for hours after the crash.\n\nPolice arrested 22-year-old John Smith near the river.")
        let b = (source: "Calder Courier", text: "Traffic backed up for miles along the coast road.\n\nJohn Smith, 23, faces charges of reckless driving.")
        let conflict = try #require(Self.merge([a, b]).conflicts.first)
        #expect(conflict.kind == .number)
        #expect(Set(conflict.claims.map(\.value)) == ["22", "23"])
        // The same age written two ways is no conflict.
        let same = (source: "Calder Courier", text: "Traffic backed up for miles along the coast road.\n\nJohn Smith, 22, faces charges of reckless driving.")
        #expect(Self.merge([a, same]).conflicts.isEmpty)
        // A parent and a child of one surname: ages far apart are of two people.
        let child = (source: "Calder Courier", text: "Traffic backed up for miles along the coast road.\n\nThe crash hurt 5-year-old John Smith, a passenger.")
        #expect(Self.merge([a, child]).conflicts.isEmpty)
    }

    // MARK: Counts of the dead and hurt

    @Test func casualtyWordsCountPeople() {
        #expect(Self.slots("The blast left 3 dead, officials said.")["number:people"] == "3")
        #expect(Self.slots("The blast left five wounded, officials said.")["number:people"] == "5")
        // `injured` qualifying a noun counts that noun.
        #expect(Self.slots("The blast left two injured officers at the scene.")["number:people"] == nil)
    }

    @Test func countsPhrasedDifferentlyAreCompared() throws {
        let killed = (source: "Harbor Times", text: "The storm flattened several homes near the coast.\n\nThe tornado killed three people in the county, officials said.")
        let dead = (source: "Calder Courier", text: "Crews cleared debris from the highway overnight.\n\nThe tornado left 4 dead in the county, officials said.")
        let conflict = try #require(Self.merge([killed, dead]).conflicts.first)
        #expect(Set(conflict.claims.map(\.value)) == ["three", "4"])
        // `three` and `3`: the same count.
        let same = (source: "Calder Courier", text: "Crews cleared debris from the highway overnight.\n\nThe tornado left 3 dead in the county, officials said.")
        #expect(Self.merge([killed, same]).conflicts.isEmpty)
        // The dead and the hurt are different tallies.
        let hurt = (source: "Calder Courier", text: "Crews cleared debris from the highway overnight.\n\nThe tornado left 4 injured in the county, officials said.")
        #expect(Self.merge([killed, hurt]).conflicts.isEmpty)
    }

    // MARK: Weekdays

    @Test func weekdaysOfTheIncidentOnly() {
        #expect(Self.slots("A gunman opened fire at the mall Friday, killing two people.")["weekday"] == "friday")
        // When it was said, and later steps of the case, are not the incident's day.
        #expect(Self.slots("Police said Friday that the gunman acted alone.")["weekday"] == nil)
        #expect(Self.slots("The man was charged with murder Saturday after the shooting.")["weekday"] == nil)
        #expect(Self.slots("No one was in custody Monday morning.")["weekday"] == nil)
    }

    @Test func weekdaysInFusedSentencesConflict() throws {
        let friday = (source: "Harbor Times", text: "A gunman opened fire at the mall Friday, killing two shoppers near the food court.")
        let saturday = (source: "Calder Courier", text: "A gunman opened fire at the mall Saturday, killing two shoppers near the food court.")
        let conflict = try #require(Self.merge([friday, saturday]).conflicts.first)
        #expect(conflict.kind == .date)
        #expect(Set(conflict.claims.map(\.value)) == ["Friday", "Saturday"])
        #expect(Self.merge([friday, friday]).conflicts.isEmpty)
        // `late Friday` and `early Saturday` can be one night.
        let late = (source: "Harbor Times", text: "A gunman opened fire at the mall late Friday, killing two shoppers near the food court.")
        let early = (source: "Calder Courier", text: "A gunman opened fire at the mall early Saturday, killing two shoppers near the food court.")
        #expect(Self.merge([late, early]).conflicts.isEmpty)
    }

    // MARK: Names

    static let named = (source: "Harbor Times", text: "Police identified the victim as Jeremy Contreras, 24.\n\nContreras was taken to a hospital, where he died.")

    static func nameConflicts(_ other: String, source: String = "Calder Courier") -> [Conflict] {
        merge([named, (source: source, text: "Neighbors heard shots late in the evening.\n\n" + other)]).conflicts.filter { $0.kind == .name }
    }

    @Test func namesSpelledDifferentlyConflict() throws {
        let conflict = try #require(Self.nameConflicts("The victim, 24-year-old Jeremy Contrares, died at the scene.").first)
        #expect(Set(conflict.claims.map(\.value)) == ["Jeremy Contreras", "Jeremy Contrares"])
        #expect(Set(conflict.claims.flatMap(\.sources)) == ["Harbor Times", "Calder Courier"])
        let given = try #require(Self.nameConflicts("The victim, 24-year-old Jermey Contreras, died at the scene.").first)
        #expect(Set(given.claims.map(\.value)) == ["Jeremy Contreras", "Jermey Contreras"])
    }

    @Test func theSameNameWrittenDifferentlyIsNoConflict() {
        // The same spelling, case, apostrophes, accents.
        #expect(Self.nameConflicts("The victim, 24-year-old Jeremy Contreras, died at the scene.").isEmpty)
        #expect(Self.nameConflicts("The victim, 24-year-old Jeremy CONTRERAS, died at the scene.").isEmpty)
        #expect(ClusterConflictDetector.fold("De’Shaun") == ClusterConflictDetector.fold("DeShaun"))
        #expect(ClusterConflictDetector.fold("José") == ClusterConflictDetector.fold("Jose"))
        // Nickname and romanisation endings, romanised i/y, plurals.
        #expect(!ClusterConflictDetector.spelledAlike("charles", "charlie"))
        #expect(!ClusterConflictDetector.spelledAlike("heidar", "heydar"))
        #expect(!ClusterConflictDetector.spelledAlike("smith", "smiths"))
        #expect(ClusterConflictDetector.spelledAlike("malijha", "malijah"))
        #expect(ClusterConflictDetector.spelledAlike("erica", "erika"))
        #expect(!ClusterConflictDetector.spelledAlike("erica", "monica"))
        // Two different people: names not spelled alike.
        #expect(Self.nameConflicts("The victim, 24-year-old Jeremy Lopez, died at the scene.").isEmpty)
        // One outlet writing both spellings is not a second account.
        #expect(Self.nameConflicts("The victim, 24-year-old Jeremy Contrares, died at the scene.", source: "Harbor Times").isEmpty)
        // Names not shown to be a person's (no title, age, speech or surname alone) are not compared.
        #expect(ClusterConflictDetector.nameConflicts(alignment: SentenceAlignment(
            articles: [TestArticles.make(id: "x.txt", source: "A", text: "Crowds gathered at the Kodak Theatre for the show."),
                       TestArticles.make(id: "y.txt", source: "B", text: "Crowds gathered at the Kodak Theater for the show.")],
            configuration: MergeConfiguration())).isEmpty)
    }
}
