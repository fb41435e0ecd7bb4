#include "figures/BenchVocabulary.h"

namespace crossread {

namespace {

QStringList list(const char *items)
{
    return QString::fromUtf8(items).split(QLatin1Char('|'));
}

} // namespace

const BenchVocabulary &BenchVocabulary::instance()
{
    static const BenchVocabulary v;
    return v;
}

BenchVocabulary::BenchVocabulary()
    : companies(list("Meta|OpenAI|Anthropic|Google|Microsoft|Nvidia|Amazon|Apple|Cohere|DeepSeek"))
    , targets(list("Scale AI|Character AI|Inflection|Figure Robotics|Safe Superintelligence|"
                   "Thinking Machines Lab|Mistral|Perplexity"))
    , benchmarks(list("HealthBench Hard|Artificial Intelligence Index v4.0|MMLU-Pro|"
                      "SWE-bench Verified|GPQA Diamond|Humanity's Last Exam|ARC-AGI-2|AIME 2025"))
    , models(list("GPT-5|GPT-4o|Llama 4|Claude 3.5 Sonnet|Gemini 2.5 Pro|Grok 3|Qwen 2.5|"
                  "Mistral Large 2"))
    , products(list("Meta AI|ChatGPT|Gemini|Copilot|Claude"))
    , counted(list("downloads|users|physicians|developers|employees|researchers|customers|"
                   "subscribers|GPUs|data centers|monthly users"))
    , spending(list("data centers|custom chips|cloud capacity|research staff"))
    , groups(list("developers|teachers|students|doctors"))
    , months(list("January|February|March|April|May|June|July|August|September|October|"
                  "November|December"))
    , shortMonths(list("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"))
    , small(list("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                 "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"))
    , tens(list("twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"))
    , ordinals(list("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"))
    , durationUnits(list("weeks|months|years"))
    , hedges(list("|||more than |over |at least |nearly |almost |up to |less than |about |"
                  "roughly |an estimated "))
    // The empty hedge three times, so that exact figures dominate.
    , hedgeQualifiers({ Qualifier::Exact, Qualifier::Exact, Qualifier::Exact, Qualifier::Over, Qualifier::Over,
          Qualifier::Over, Qualifier::Under, Qualifier::Under, Qualifier::Under, Qualifier::Under, Qualifier::About,
          Qualifier::About, Qualifier::About })
    , fillers(list("Analysts said the move reflects growing pressure to show returns on heavy spending.|"
                   "The company declined to comment on the report.|"
                   "Executives have argued that scale matters more than ever in this market.|"
                   "Critics warn that closed models make independent safety research harder.|"
                   "Developers reacted with a mix of enthusiasm and skepticism.|"
                   "Regulators in Brussels and Washington are watching the sector closely.|"
                   "The shift marks a clear break with the strategy of recent years.|"
                   "People familiar with the matter described the talks as advanced.|"
                   "Investors have rewarded companies that can show real usage.|"
                   "The team plans to publish a technical report with more details.|"
                   "Competition for senior researchers remains intense across the industry.|"
                   "Some engineers questioned whether the benchmarks reflect real workloads.|"
                   "The launch event drew a large crowd \U0001F680 of partners and press.|"
                   "Rivals are expected to respond with cheaper offerings of their own."))
{
    Q_ASSERT(hedges.size() == hedgeQualifiers.size());
}

} // namespace crossread
