import Foundation
import Testing
import StoryMerge

/// Renders the HTML reports of `seeds/` and `Samples/` in headless Chromium and checks the DOM
/// the browser built (after the page's script ran), the links between pages, and a screenshot.
///
/// Skipped, with the reason shown by the test runner, when no Chromium binary is found:
/// `apt-get install chromium`, or point `STORYMERGE_CHROMIUM` at a Chromium or Chrome binary.
/// `.ci/install-deps` installs it when `CI` is set or `STORYMERGE_BROWSER_TESTS=1`.
@Suite(.enabled(if: Browser.binary != nil, "no chromium binary found: install chromium (apt-get install chromium) or set STORYMERGE_CHROMIUM"))
struct BrowserTests {
    /// Writes an HTML report of `input` with the built `storymerge` binary.
    static func htmlReport(of input: String) throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("report")
        let run = try CommandLineTests.run(["merge", input, "--output", folder.path, "--format", "html", "--quiet"])
        #expect(run.status == 0, "storymerge merge \(input) failed: \(run.error)")
        return folder
    }

    @Test(arguments: ["seeds", "Samples"])
    func indexAndStoryPagesRenderAndLink(input: String) throws {
        let folder = try Self.htmlReport(of: input)
        let pipeline = Pipeline()
        let report = pipeline.merge(pipeline.read([Fixtures.root.appendingPathComponent(input).path]))
        let index = try Browser.dumpDOM(folder.appendingPathComponent("index.html"))

        // The script ran (it marks the root element) and every outlet is on the index.
        #expect(index.contains("<html lang=\"en\" class=\" js\""), "the page's script did not run")
        let outlets = Set(report.articles.map(\.source))
        #expect(!outlets.isEmpty)
        for outlet in outlets {
            #expect(index.contains("data-outlet=\"\(DOM.escapeAttribute(outlet))\""), "index lacks outlet \(outlet)")
        }

        // Every story link points at a file whose rendered page has that story's heading.
        let links = DOM.hrefs(in: index).filter { $0.hasPrefix("stories/") }
        let headlines = Dictionary(uniqueKeysWithValues: report.stories.map { ($0.id, $0.headline) })
        #expect(Set(links).count == report.stories.count, "index should link every story once per table")
        for link in Set(links).sorted() {
            let target = folder.appendingPathComponent(link)
            #expect(FileManager.default.fileExists(atPath: target.path), "index links to missing \(link)")
            let page = try Browser.dumpDOM(target)
            let id = target.deletingPathExtension().lastPathComponent
            let headline = try #require(headlines[id], "no story \(id) in the report")
            #expect(DOM.text(ofFirst: "h1", in: page) == headline.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            #expect(DOM.hrefs(in: page).contains("../index.html"), "\(link) has no way back to the index")

            // Every merged sentence shows at least one outlet chip, and the chips name real outlets.
            let sentences = DOM.elements(withClassPrefix: "sentence", in: page)
            let story = try #require(report.stories.first { $0.id == id })
            #expect(sentences.count == story.sentences.count, "\(link): \(sentences.count) sentences rendered, \(story.sentences.count) merged")
            for (number, sentence) in sentences.enumerated() {
                let chips = DOM.attributeValues("data-source", in: sentence.components(separatedBy: "</p>")[0])
                #expect(!chips.isEmpty, "\(link): sentence \(number + 1) has no outlet chip")
                for chip in chips { #expect(outlets.contains(DOM.unescape(chip)), "\(link): chip for unknown outlet \(chip)") }
            }
            // The script turned the legend into toggle buttons.
            #expect(page.contains("aria-pressed=\"false\""), "\(link): outlet legend buttons missing")
        }
    }

    @Test func storyPageScreenshot() throws {
        let folder = try Self.htmlReport(of: "Samples")
        let shot = folder.appendingPathComponent("story.png")
        try Browser.screenshot(folder.appendingPathComponent("stories/E1.html"), to: shot, width: 1280, height: 1600)
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG")
        #expect(png.count > 20_000, "the screenshot is nearly empty (\(png.count) bytes)")
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1280 && height == 1600)
    }

    @Test func phoneWidthPageHasNoSidewaysScroll() throws {
        let folder = try Self.htmlReport(of: "Samples")
        // A page on a 390 px phone: its root must not be wider than the window.
        let probe = folder.appendingPathComponent("stories/probe.html")
        let story = try String(contentsOf: folder.appendingPathComponent("stories/E1.html"), encoding: .utf8)
        let measured = story.replacingOccurrences(
            of: "</body>",
            with: "<script>document.body.setAttribute('data-overflow', String(document.documentElement.scrollWidth > window.innerWidth));</script></body>")
        try measured.write(to: probe, atomically: true, encoding: .utf8)
        let dom = try Browser.dumpDOM(probe, width: 390, height: 844)
        #expect(dom.contains("data-overflow=\"false\""), "the story page scrolls sideways on a phone")
    }

    @Test func diffPageShowsBothSides() throws {
        let folder = try Fixtures.temporaryFolder()
        let page = folder.appendingPathComponent("diff.html")
        let run = try CommandLineTests.run([
            "diff", "seeds/000_dbf54c5fa3be2ae1.txt", "seeds/004_284d4ab945c64d04.txt", "--format", "html", "--output", page.path,
        ])
        #expect(run.status == 0, "stderr: \(run.error)")
        let dom = try Browser.dumpDOM(page)
        #expect(DOM.text(ofFirst: "h1", in: dom) == "AP vs Fox News")
        for marker in ["id=\"shared-h\"", "data-side=\"A\"", "data-side=\"B\"", "id=\"conflicts-h\""] {
            #expect(dom.contains(marker), "diff page lacks \(marker)")
        }
        #expect(dom.contains("data-source=\"AP\"") && dom.contains("data-source=\"Fox News\""))
    }
}

/// Finds and drives a headless Chromium.
enum Browser {
    /// The Chromium (or Chrome) binary: `$STORYMERGE_CHROMIUM`, else the first of `chromium`,
    /// `chromium-browser`, `google-chrome` on `PATH`.
    static let binary: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["STORYMERGE_CHROMIUM"], FileManager.default.isExecutableFile(atPath: explicit) { return explicit }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
        }
        return nil
    }()

    /// Runs Chromium headless with `arguments` and a fresh profile; returns standard output.
    static func run(_ arguments: [String]) throws -> String {
        let binary = try #require(binary)
        let profile = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-dev-shm-usage",
                             "--user-data-dir=\(profile.path)"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        #expect(process.terminationStatus == 0, "chromium exited with \(process.terminationStatus)")
        return String(decoding: data, as: UTF8.self)
    }

    /// The DOM of a page after its scripts ran, serialized by the browser.
    static func dumpDOM(_ page: URL, width: Int = 1280, height: Int = 1600) throws -> String {
        let dom = try run(["--window-size=\(width),\(height)", "--dump-dom", page.absoluteString])
        #expect(dom.contains("</html>"), "chromium returned no DOM for \(page.lastPathComponent)")
        return dom
    }

    /// Saves a PNG screenshot of a page.
    static func screenshot(_ page: URL, to file: URL, width: Int, height: Int) throws {
        _ = try run(["--window-size=\(width),\(height)", "--hide-scrollbars", "--screenshot=\(file.path)", page.absoluteString])
    }
}

/// Small readers for the DOM text Chromium serializes (attributes always double-quoted).
enum DOM {
    /// Every `href` value, in document order.
    static func hrefs(in html: String) -> [String] { attributeValues("href", in: html) }

    /// Every value of an attribute, in document order, still escaped.
    static func attributeValues(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) }
    }

    /// The text of the first `<tag …>…</tag>`, tags stripped, entities decoded, spaces collapsed.
    static func text(ofFirst tag: String, in html: String) -> String? {
        guard let open = html.range(of: "<\(tag)"), let start = html[open.upperBound...].firstIndex(of: ">"),
              let close = html.range(of: "</\(tag)>", range: start..<html.endIndex) else { return nil }
        var text = ""
        var inTag = false
        for character in html[html.index(after: start)..<close.lowerBound] {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return unescape(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The inner HTML of every `<div class="NAME…">` block whose class list starts with `NAME`
    /// followed by a space or the closing quote (`sentence`, `sentence multi`, not `sentences`).
    static func elements(withClassPrefix name: String, in html: String) -> [String] {
        html.components(separatedBy: "<div class=\"\(name)").dropFirst()
            .filter { $0.hasPrefix("\"") || $0.hasPrefix(" ") }
            .map { block in block.components(separatedBy: "</div>")[0] }
    }

    /// Decodes the entities a browser writes when serializing text and attributes.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Escapes text the way a browser serializes an attribute value.
    static func escapeAttribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "\u{A0}", with: "&nbsp;")
    }
}
