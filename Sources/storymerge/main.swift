print("storymerge")
