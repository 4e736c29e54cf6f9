import Foundation
import Testing
import StoryMerge
@testable import storymerge

/// The progress bar's text and when it draws.
@Suite struct ProgressBarTests {
    @Test(arguments: [20, 40, 60, 80, 120, 200])
    func lineFitsTheWidth(width: Int) {
        for stage in [Pipeline.Progress.Stage.loading, .normalizing, .clustering, .merging] {
            for (done, total) in [(0, 1704), (852, 1704), (1704, 1704), (0, 0)] {
                let line = ProgressBar.line(Pipeline.Progress(stage: stage, completed: done, total: total), width: width, color: false)
                #expect(line.count < width, "\(stage) \(done)/\(total) at \(width): '\(line)'")
            }
        }
    }

    @Test func lineShowsCountAndPercent() {
        let line = ProgressBar.line(Pipeline.Progress(stage: .normalizing, completed: 852, total: 1704), width: 100, color: false)
        #expect(line.hasPrefix("normalizing  ["))
        #expect(line.hasSuffix("]  852/1704 articles  50%"))
        #expect(line.filter { $0 == "█" }.count == 20 && line.filter { $0 == "░" }.count == 20)
    }

    @Test func colourOnlyWhenAllowed() {
        let progress = Pipeline.Progress(stage: .merging, completed: 3, total: 9)
        #expect(ProgressBar.line(progress, width: 100, color: true).contains("\u{1B}[36m"))
        #expect(!ProgressBar.line(progress, width: 100, color: false).contains("\u{1B}"))
        // NO_COLOR set (to anything non-empty) turns colour off; quiet or a pipe turns the bar off.
        #expect(ProgressBar(quiet: false, environment: ["NO_COLOR": "1"], isTerminal: true).handler != nil)
        #expect(ProgressBar(quiet: false, environment: ["NO_COLOR": "1"], isTerminal: true).color == false)
        #expect(ProgressBar(quiet: false, environment: ["NO_COLOR": ""], isTerminal: true).color == true)
        #expect(ProgressBar(quiet: false, environment: [:], isTerminal: true).color == true)
        #expect(ProgressBar(quiet: true, environment: [:], isTerminal: true).handler == nil)
        #expect(ProgressBar(quiet: false, environment: [:], isTerminal: false).handler == nil)
        #expect(ProgressBar(quiet: false, environment: ["TERM": "dumb"], isTerminal: true).handler == nil)
    }

    @Test func pipelineReportsEveryStageInOrder() {
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var events: [Pipeline.Progress] = []
            func add(_ event: Pipeline.Progress) { lock.lock(); events.append(event); lock.unlock() }
        }
        let log = Log()
        let pipeline = Pipeline()
        let corpus = pipeline.read([Fixtures.samples], progress: { log.add($0) })
        let report = pipeline.merge(corpus, progress: { log.add($0) })
        let stages = log.events.map(\.stage).reduce(into: [Pipeline.Progress.Stage]()) { if $0.last != $1 { $0.append($1) } }
        #expect(stages == [.loading, .normalizing, .clustering, .merging])
        for stage in stages {
            let events = log.events.filter { $0.stage == stage }
            #expect(events.map(\.completed) == events.map(\.completed).sorted(), "\(stage) went backwards")
            #expect(events.last.map { $0.completed == $0.total } == true, "\(stage) did not finish")
        }
        #expect(log.events.last { $0.stage == .normalizing }?.total == corpus.articles.count)
        #expect(log.events.last { $0.stage == .merging }?.total == report.clusters.count)
    }
}
