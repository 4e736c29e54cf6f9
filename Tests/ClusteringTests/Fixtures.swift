import StoryModel

/// Hand-written articles: two shootings in one city on different days, two celebrities entering
/// rehab, a wire story and its republished copy.
enum Fixtures {
    static let shootingA1 = TestArticle.make(
        id: "a1", title: "Two killed in shooting at Harbor Street bar in Millbrook",
        body: """
        Two men were killed and three people were wounded early Saturday when a gunman opened fire inside the Blue Anchor bar on Harbor Street in Millbrook, police said.

        Police Chief Maria Okafor said officers arrived at 1:40 a.m. and found the victims inside the bar. The dead were identified as Darnell Price, 31, and Victor Ames, 27.

        Witnesses told police an argument over a pool game escalated before the gunman fired at least eight shots. The suspect fled in a gray pickup truck.

        Okafor asked anyone with information about the Blue Anchor shooting to call the Millbrook Police Department.
        """, date: TestArticle.day("2023-03-04"), source: "Millbrook Herald")

    static let shootingA2 = TestArticle.make(
        id: "a2", title: "Millbrook police seek gunman after deadly Blue Anchor bar attack",
        body: """
        Millbrook investigators are searching for a man who fired into a crowd at the Blue Anchor bar, killing Darnell Price and Victor Ames and injuring three others.

        Chief Maria Okafor told reporters Saturday that the gunfire followed a fight over a game of pool. Eight shell casings were recovered on Harbor Street.

        The gunman escaped in a gray pickup, Okafor said. Price was 31 and Ames was 27. The three wounded patrons were taken to Millbrook General Hospital.
        """, date: TestArticle.day("2023-03-05"), source: "Channel 7")

    static let shootingB1 = TestArticle.make(
        id: "b1", title: "Clerk wounded in Millbrook gas station robbery",
        body: """
        A gas station clerk was shot and wounded Tuesday night during an armed robbery at a Quickfuel station on Ridge Avenue in Millbrook, police said.

        The clerk, Hannah Lindqvist, 45, was hit in the shoulder after handing over cash from the register. She is in stable condition at St. Jude Medical Center.

        Detective Samuel Reyes said two masked robbers escaped on foot toward the Ridge Avenue rail yard with about $600.
        """, date: TestArticle.day("2023-03-21"), source: "Millbrook Herald")

    static let shootingB2 = TestArticle.make(
        id: "b2", title: "Masked robbers shoot Quickfuel clerk on Ridge Avenue",
        body: """
        Two masked men robbed the Quickfuel station on Ridge Avenue in Millbrook on Tuesday and shot clerk Hannah Lindqvist in the shoulder, according to Detective Samuel Reyes.

        Lindqvist, 45, was taken to St. Jude Medical Center and is expected to recover. The robbers took about $600 from the register.

        Reyes said the pair ran toward the rail yard. Police are reviewing security video from the Quickfuel station.
        """, date: TestArticle.day("2023-03-22"), source: "Channel 7")

    static let rehabC1 = TestArticle.make(
        id: "c1", title: "Actress Nora Vance checks into rehab",
        body: """
        Actress Nora Vance has checked into a rehabilitation facility in Malibu, her publicist Ellen Hart said Monday.

        Vance, 38, star of the drama Silver Coast, entered the Sunrise Ridge treatment center over the weekend. Hart asked for privacy for Vance and her family.

        Vance was arrested in June on a drunken driving charge in Santa Monica.
        """, source: "Celebrity Wire")

    static let rehabC2 = TestArticle.make(
        id: "c2", title: "Nora Vance enters Malibu treatment center",
        body: """
        Silver Coast star Nora Vance is in rehab. The 38-year-old actress checked into Sunrise Ridge in Malibu, publicist Ellen Hart confirmed.

        Hart said Vance made the decision herself after her June drunken driving arrest in Santa Monica and asked fans to respect her privacy.
        """, source: "Showbiz Daily")

    static let rehabD1 = TestArticle.make(
        id: "d1", title: "Singer Dylan Cross enters rehab",
        body: """
        Singer Dylan Cross has entered a rehab program in Arizona, his manager Rick Moreno announced Thursday.

        Cross, 29, canceled the remaining dates of his Midnight Radio tour. Moreno said the singer is seeking treatment for exhaustion and substance abuse.

        The Grammy nominee thanked fans in a short statement posted online.
        """, source: "Celebrity Wire")

    static let rehabD2 = TestArticle.make(
        id: "d2", title: "Dylan Cross cancels Midnight Radio tour, seeks treatment",
        body: """
        Dylan Cross is canceling the rest of his Midnight Radio tour to enter rehab in Arizona, manager Rick Moreno said.

        The 29-year-old singer is being treated for substance abuse and exhaustion, Moreno said in a statement thanking fans for their support.
        """, source: "Showbiz Daily")

    static let wireBody = """
        WASHINGTON (Wire) - The Senate on Thursday approved a $45 billion plan to repair bridges and rail lines, sending the measure to the House after weeks of negotiation.

        The bill passed 68 to 31, with 17 Republicans joining Democrats in support. Majority Leader Karen Doyle called it the largest investment in rail safety in a generation.

        Opponents said the plan would add to the deficit and gave states too little say over how the money is spent.

        The House is expected to take up the measure next week. Speaker Tom Brandt said he would schedule a vote before the August recess.

        The plan includes $12 billion for bridge inspections and $9 billion for freight rail crossings in rural areas.
        """

    static let wireOriginal = TestArticle.make(
        id: "w1", title: "Senate passes $45 billion bridge and rail plan", body: wireBody,
        date: TestArticle.day("2023-07-13"), source: "Wire")

    static let wireCopy = TestArticle.make(
        id: "w2", title: "Rail and bridge bill heads to House after Senate vote",
        body: wireBody
            .replacingOccurrences(
                of: "Opponents said the plan would add to the deficit and gave states too little say over how the money is spent.\n\n",
                with: "")
            + "\n\nSign up for our newsletter to get the latest headlines delivered every morning.",
        date: TestArticle.day("2023-07-14"), source: "Daily Gazette")
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        guard !target.isEmpty else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) { return index..<self.index(index, offsetBy: target.count) }
            index = self.index(after: index)
        }
        return nil
    }
}

extension Fixtures {
    /// A round-up that covers both Millbrook shootings: similar to each, the same event as neither.
    static let bridge = TestArticle.make(
        id: "x1", title: "Millbrook shootings: Blue Anchor bar and Quickfuel robbery",
        body: """
        Millbrook police are investigating two shootings this month. At the Blue Anchor bar on Harbor Street, Darnell Price and Victor Ames were killed after a fight over a pool game, Chief Maria Okafor said.

        At the Quickfuel station on Ridge Avenue, clerk Hannah Lindqvist was shot in the shoulder by masked robbers, Detective Samuel Reyes said.
        """, date: TestArticle.day("2023-03-06"), source: "Millbrook Herald")
}
