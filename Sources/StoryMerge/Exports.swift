// `import StoryMerge` gives the model types (Article, MergedStory, …) too.
@_exported public import StoryModel
