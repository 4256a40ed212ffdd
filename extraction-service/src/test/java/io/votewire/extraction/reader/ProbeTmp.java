package io.votewire.extraction.reader;
public class ProbeTmp {
    public static void main(String[] a) {
        for (String t : a) {
            SentenceFacts f = SentenceFacts.read(new Sentence(0, 0, t.length(), t), States.get());
            System.out.println(f.positions + " voters=" + f.voters.stream().map(v -> v.state().iso3()).toList() + " sponsors=" + f.sponsors + " outcome=" + f.outcome + " y/n/a=" + f.yes + "/" + f.no + "/" + f.abstain);
        }
    }
}
