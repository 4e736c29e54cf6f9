/// Two news texts on the same story, inlined so tests never read files outside the package:
/// an AP-style text with a `date` header line and blank-line paragraphs, and a Fox-style text
/// with one paragraph per line and an app promo line.
enum SeedTexts {
    /// AP style: ` date 2021-04-01 MOSCOW (AP) – …`, paragraphs separated by blank lines.
    static let ap = #"""
 date 2021-04-01 MOSCOW (AP) – Russia’s top diplomat said on Thursday that the country’s relations with the United States and its allies had “bottomed out” and that no date had been set for the removal of the ambassador from Russia in Washington.

Russia recalled its ambassador to the United States after US President Joe Biden was asked in an interview whether Russian President Vladimir Putin was a “killer” and replied: “Yes.

Addressing the issue on Thursday, Russian Foreign Minister Sergei Lavrov called Biden’s comments “appalling” and said they had forced Moscow to rethink its ties with Washington.

Lavrov also regretted Washington’s rejection of Putin’s offer to hold a quick public appeal with Biden to help defuse the tension over the remarks.

“The confrontation has hit rock bottom,” the Russian minister said in televised remarks. “But on the other hand, there is a hope that they are all adults who realize the risks of inciting more tension. I hope common sense will prevail. “

Lavrov said it would be up to Putin to decide on Ambassador Anatoly Antonov’s return to Washington.

Biden said the days when the United States “returned” to Putin were over. And he took the trouble to contrast his approach with that of former President Donald Trump, who avoided direct confrontation with Putin and frequently spoke of the Russian leader with approval.

The Biden administration has warned that Russia will soon face sanctions for the massive SolarWinds hacks and attempts to influence last year’s U.S. presidential election to help keep Trump in the White House.

Russia’s relations with the United States and the European Union had already plunged to post-Cold War lows after Moscow’s 2014 annexation of Ukrainian Crimea, election interference, hacking attacks and, more recently, the poisoning and imprisonment of Russian opposition leader Alexei Navalny.

Lavrov argued that the pressure exerted by the United States on Russia “has absolutely no chance of succeeding.” He also blamed the European Union for the collapse of Russia-EU relations, denying that Moscow has ever tried to sow discord among the member countries of the bloc.

“We want the EU to be strong and independent,” he said. deploring what he described as the EU’s willingness to follow US policy towards Russia.

“We will always be ready to restore our relationship, to resurrect it from its ashes,” Lavrov said. “But we will not knock on the closed door.”

Lavrov also rejected the idea that Russia is using its energy supplies to EU countries as political leverage. He said Moscow would never cut back on shipments even if the West acted to step up sanctions against Russia.

“We will not get into a situation where we ‘freeze’ European citizens,” he said.

While highlighting Russia’s increasingly close ties with China, the foreign minister stressed that Moscow and Beijing have no intention of forging a military alliance or coordinating a common position against the West. .

“We don’t need a military alliance in the classic sense like NATO,” Lavrov said.
"""#

    /// Fox News style: no blank lines, a `CLICK HERE TO GET THE FOX NEWS APP` line.
    static let fox = #"""
Officials from Russia’s U.S. embassy in Washington warned Thursday that President Biden’s public criticism of Russian President Vladimir Putin had put strained relations between the two nations "under the threat of collapse."
Anatoly Antonov, Russia’s ambassador to the United States, will return to Moscow on March 20 "to discuss ways to rectify Russia-U.S. ties that are in crisis," officials said. The embassy said the decision was driven by recent remarks from top US officials, days after President Biden said during a televised interview that he agreed Putin was a "killer."
"The unconstructive course of the Administration towards our country does not meet the interests of Russia and the United States, while certain ill-considered statements of high-ranking U.S. officials have put the already excessively confrontational relations under the threat of collapse," the Russian embassy said in a statement.
Biden ripped Putin shortly after Director of National Intelligence Avril Haines' office that concluded Russia attempted to influence the 2020 presidential election in favor of former President Trump. Top US officials have long accused Russia of election interference.
In his interview with ABC, Biden warned that Putin would "pay a price" for Russia’s actions. He added that the US public would "see shortly" what actions his administration will take against Russia over the alleged election meddling.
When asked if he thought Putin was a killer, Biden said, "I do."
CLICK HERE TO GET THE FOX NEWS APP
White House Press Secretary Jen Psaki told reporters Thursday that Biden did not regret his remarks.
"Nope. The president gave a direct answer to a direct question," Psaki said.
Putin responded to Biden’s comments, telling reporters that he wished the president good health. Other top Russian officials were more critical, with Kremlin spokesman Dmitry Peskov asserting that Biden "doesn’t want to normalize relations."
The Russian embassy added that "good and pragmatic ties between Russia and the United States meet the aspirations of our countries and the entire international community."
"""#
}
