#pragma once
// The ingredients of sentence similarity, each of which can be switched off to measure what it
// adds (crossread-bench's align ablation) or to compare texts the way a plain word overlap would.
namespace crossread {

struct SimilarityOptions
{
    bool snowballStems = true; // English Snowball stems; off: a light suffix stripper
    bool synonyms = true; // WordNet synonyms count as matches (when the database is installed)
    int synonymSenses = 3; // how many of a word's most frequent senses take part
    double synonymWeight = 0.8; // a synonym counts this much of an exact match
    bool entities = true; // capitalised multi-word names ("Scale AI") as terms of their own
    bool figureValues = true; // figures by value: "$14.3 billion" also matches "$14 billion"
    bool idf = true; // rare terms weigh more; off: every term weighs one
};

} // namespace crossread
