// Placeholder until the Similarity stage lands.
