import type { ContentPack } from '@/utils/content/types';

export const de: ContentPack = {
  situations: {
    stuck: 'Steckt fest',
    tooAmbitious: 'Zu ambitioniert',
    impossible: 'Scheint unmöglich',
    blamesOthers: 'Schiebt es auf andere',
    quiet: 'Still',
    frustrated: 'Frustriert',
    noGoals: 'Keine klaren Ziele',
    unclearProblem: 'Vages Problem',
    ownership: 'Übernimmt keine Verantwortung',
    closing: 'Abschluss',
  },
  questions: {
    'think-and-return': 'Danke, dass du das mit mir teilst. Darf ich darüber nachdenken und auf dich zurückkommen?',
    'offer-help': 'Soll ich dich dabei unterstützen?',
    willingness: 'Wie bereit bist du, das Nötige zu tun, um das zu ändern?',
    control: 'Wie viel von dieser Situation liegt in deiner Hand?',
    'problem-evidence': 'Woran merkst du, dass das wirklich ein Problem ist? Wie zeigt es sich?',
    'friend-advice': 'Was würdest du jemandem sagen, der vor der gleichen Herausforderung steht?',
    'alternative-view': 'Wie könnte man das auch ganz anders sehen?',
    'plan-b': 'Was machst du, wenn du dieses Ziel nicht erreichst?',
    urgency: 'Willst du das jetzt lösen? Sofort oder noch in diesem Monat?',
    'wise-advice': 'Denk an den klügsten Menschen, den du kennst: Was würde er dir hier raten?',
    'already-tried': 'Was hast du schon versucht, um das zu lösen?',
    takeaway: 'Meine wichtigste Erkenntnis aus heute ist … Was ist deine?',
    'their-topics': 'Was beschäftigt dich diese Woche, und worüber möchtest du auf jeden Fall sprechen?',
    'energy-check': 'Wie steht es gerade um deine Arbeitslast und deine Energie, auf einer Skala von 1 bis 10?',
    recognition: 'Was ist seit unserem letzten Gespräch gut gelaufen, worauf du stolz bist?',
    'tell-me-more': 'Erzähl mir mehr. Was noch?',
    'what-do-you-think': 'Was denkst du selbst?',
    'what-would-it-look-like': 'Wie sähe das aus, wenn es klappt?',
    'sbi-feedback': 'In [Situation] habe ich [Verhalten] beobachtet; die Folge war [Wirkung]. Wie kommt das bei dir an?',
    'will-and-commitment': 'Was wirst du tun, und bis wann? Wie entschlossen bist du, auf einer Skala von 1 bis 10?',
    'upward-feedback': 'Was könnte ich anders machen, um dich besser zu unterstützen? War ich bei etwas zu streng oder zu nachsichtig?',
    'about-this-one-on-one': 'Wie hilfreich war dieses 1:1 für dich, und was sollten wir beim nächsten Mal ändern?',
    'salary-why-now': 'Was ist für dich der Anlass, gerade jetzt über dein Gehalt zu sprechen?',
    'salary-process-questions': 'Was möchtest du darüber wissen, wie Gehälter hier festgelegt werden?',
    'salary-contribution-criteria': 'Wie siehst du deinen Beitrag, gemessen an den Kriterien für deine Rolle?',
    'salary-examples': 'Welche zwei, drei Beispiele zeigen das am besten?',
    'salary-expectation': 'Was erwartest du, und worauf stützt du das?',
    'salary-beyond-pay': 'Was ist dir außer dem Gehalt wichtig: Entwicklung, Flexibilität, Verantwortung, Zeit?',
    'salary-comparison': 'Welcher Vergleich erscheint dir fair, und warum?',
    'salary-decision-clear': 'Ist dir klar, wer entscheidet, auf welcher Grundlage und wann du von mir hörst?',
    'salary-if-less': 'Wenn die Antwort hinter deinen Erwartungen zurückbleibt: Was brauchst du dann von mir?',
    'salary-other-levers': 'Woran können wir unabhängig vom Gehalt schon jetzt arbeiten: Verantwortung, Weiterbildung, Flexibilität?',
    'summary-check': 'Ich fasse zusammen, was ich gehört habe: … Stimmt das so?',
    'feedback-not-right': 'Habe ich in letzter Zeit etwas getan oder gesagt, das bei dir nicht gut angekommen ist?',
    'feedback-keep-doing': 'Was sollte ich unbedingt beibehalten?',
    'conversation-hopes': 'Was soll bei diesem Gespräch für dich herauskommen?',
    'questions-first': 'Welche Fragen hast du, bevor wir anfangen?',
    'feedback-first-reaction': 'Was war deine erste Reaktion, und hat sie sich inzwischen verändert?',
    'feedback-strengths': 'Was sagt das Feedback über deine Stärken?',
    'feedback-feeling': 'Was macht dieses Feedback mit dir?',
    'self-strengths': 'Welche Stärken hast du, die andere vielleicht nicht sehen?',
    'self-improve': 'Worin möchtest du am liebsten besser werden?',
    'feedback-ask-whom': 'Wer könnte dir zwischendurch Feedback geben?',
    'intro-path': 'Wie bist du zu uns gekommen, und was hast du vorher gemacht?',
    'intro-not-on-cv': 'Was sollte ich über dich wissen, das nicht in deinem Lebenslauf steht?',
    'intro-questions-for-me': 'Was möchtest du über mich wissen?',
    'style-good-day': 'Wie sieht für dich ein guter Arbeitstag aus?',
    'style-communication': 'Wie soll ich mich am liebsten bei dir melden: per Chat, per Mail oder kurz am Telefon?',
    'style-decisions': 'Welche Entscheidungen willst du selbst treffen, und wo möchtest du mich einbeziehen?',
    'motivation-matters': 'Was ist dir bei deiner Arbeit am wichtigsten?',
    'motivation-future': 'Wo möchtest du in zwei, drei Jahren stehen?',
    'motivation-recognition': 'Welche Art von Anerkennung ist dir für gute Arbeit wichtig?',
    'together-expectations': 'Was erwartest du von mir als Führungskraft?',
    'together-disagree': 'Wie gehen wir damit um, wenn wir unterschiedlicher Meinung sind?',
    'together-tell-me': 'Wie sagst du es mir, wenn etwas, das ich tue, für dich nicht passt?',
    'stay-great-day': 'Denk an einen richtig guten Arbeitstag in letzter Zeit: Was hat ihn so gut gemacht?',
    'stay-would-miss': 'Was würdest du am meisten vermissen, wenn du gehen würdest?',
    'stay-recommend': 'Würdest du Freunden empfehlen, hier zu arbeiten? Warum, oder warum nicht?',
    'stay-more-less': 'Wovon möchtest du mehr machen, und wovon weniger?',
    'growth-support': 'Welche Unterstützung würde dich am meisten weiterbringen: eine Weiterbildung, ein Mentoring, eine neue Aufgabe?',
    'stay-elsewhere': 'Was könnte dir ein anderer Arbeitgeber bieten, was wir nicht bieten?',
    'stay-frustration': 'Was frustriert dich hier am meisten?',
    'stay-early-signal': 'Woran würde ich merken, dass du anfängst, über einen Wechsel nachzudenken?',
    'wellbeing-first-days': 'Wie waren deine ersten Tage nach der Rückkehr?',
    'wellbeing-how-talk': 'Wie möchtest du darüber sprechen: jetzt, später oder lieber gar nicht?',
    'wellbeing-support': 'Welche Unterstützung würde dir jetzt helfen, bei der Arbeit oder außerhalb?',
    'wellbeing-signals': 'Woran merken wir beide, wenn es zu viel wird?',
    'changed-questions': 'Welche Fragen hast du zu dem, was sich verändert hat?',
    'changed-worry': 'Gibt es etwas an deiner Rückkehr, das dir Sorgen macht?',
    'workload-adjust': 'Was passen wir vorerst an: Stunden, Aufgaben oder Fristen?',
    'workload-say-no': 'Wozu darfst du vorerst Nein sagen?',
    'skip-recent-win': 'Auf welche Arbeit der letzten Zeit bist du stolz?',
    'skip-team-strength': 'Was macht das Team gut, das ich vielleicht nicht sehe?',
    'skip-your-manager': 'Was macht deine Führungskraft, das dir hilft, und wovon dürfte sie mehr machen?',
    'skip-collab': 'Wie gut klappt die Zusammenarbeit mit anderen Teams?',
    'skip-unclear': 'Welche Entscheidungen von weiter oben sind dir unklar?',
    'skip-connect': 'Wie bringt deine Arbeit uns dahin, wo wir hinwollen?',
    'skip-ideas': 'Welche Idee sollte ich kennen, die noch nicht bis zu mir durchgedrungen ist?',
    'conflict-safe': 'Was brauchst du, um offen darüber sprechen zu können?',
    'conflict-example': 'Kannst du mir ein konkretes Beispiel nennen?',
    'conflict-need': 'Was brauchst du, das du gerade nicht bekommst?',
    'conflict-good-intent': 'Welche gute Absicht könnte [Name] gehabt haben?',
    'conflict-said': 'Was hast du [Name] selbst schon dazu gesagt?',
    'conflict-first-step': 'Welchen kleinen Schritt kannst du diese Woche gehen?',
    'actions-helped': 'Was hat dir geholfen, das zu erledigen?',
    'actions-still-matter': 'Ist das, was noch offen ist, noch wichtig, oder lassen wir es fallen?',
    'conflict-if-again': 'Was machst du, wenn es wieder passiert?',
    'remove-blocker': 'Was steht dir im Weg, das ich für dich aus dem Weg räumen kann?',
    'one-thing': 'Wenn du diese Woche nur eine Sache fertig machen könntest, welche wäre das?',
    'drop-or-postpone': 'Was können wir streichen oder verschieben?',
    'decision-needed': 'Wo brauchst du eine Entscheidung von mir?',
    'stay-check-back': 'Welchen einen Punkt packen wir nach heute an, und an welchem Datum schauen wir gemeinsam, wie es läuft?',
  },
  tips: {
    'success-story': {
      title: 'Erzähl die Erfolgsgeschichte',
      prompts: ['Stell dir vor, du erzählst dem Team in drei Monaten, wie du das geschafft hast. Wie klingt diese Geschichte?'],
      why: 'Eine Geschichte macht ein Ziel greifbar und emotional – das trägt, wenn es schwierig wird.',
      when: 'Wenn ein Ziel steht, sich aber noch abstrakt anfühlt oder wenig Energie gibt.',
    },
    'frustration-to-goals': {
      title: 'Aus Frust werden Ziele',
      prompts: ['Was stört dich an deiner Arbeit gerade am meisten?', 'Was würde deinen Arbeitstag deutlich leichter machen?'],
      why: 'Ärgernisse zeigen genau, was sich zu verbessern lohnt; jedes davon kann ein Ziel werden.',
      when: 'Wenn jemand noch keine klaren eigenen Ziele hat.',
    },
    'personal-benefit': {
      title: 'Mach es persönlich',
      prompts: ['Was bringt es dir persönlich, wenn du dieses Ziel erreichst?'],
      why: 'Anerkennung, weniger Stress oder eine neue Fähigkeit: Ein persönlicher Gewinn macht das Teamziel zum eigenen Ziel.',
      when: 'Wenn ein Ziel dem Team gehört, aber noch nicht der Person.',
    },
    'minimum-goal': {
      title: 'Ein Minimum vereinbaren, nicht nur die Ambition',
      prompts: ['Was ist das absolute Minimum, das wir auf jeden Fall erreichen müssen?'],
      why: 'Eine Untergrenze neben dem ambitionierten Ziel schafft Fokus und verhindert Frust, wenn das große Ziel scheitert.',
      when: 'Nur wenn die Erfahrung zeigt, dass die Ziele dieser Person oft verfehlt werden.',
    },
    'scale-1-10': {
      title: 'Eine Skala statt Ja oder Nein',
      prompts: ['Auf einer Skala von 1 bis 10: Wie nah bist du an deinem Ziel?', 'Was müsste passieren, damit du eine Stufe höher kommst?'],
      why: 'Eine Zahl macht Fortschritt greifbar, zeigt kleine Erfolge, die sonst untergehen, und drängt niemanden in die Ecke „erreicht oder nicht erreicht“.',
      when: 'Bei Zielen ohne klar messbare Key Results.',
    },
    'pre-mortem': {
      title: 'Pre-Mortem',
      prompts: ['Angenommen, das Quartal ist vorbei und du hast dieses OKR nicht erreicht. Warum ist das passiert?'],
      why: 'Der Blick zurück von einem gedachten Scheitern bringt Hindernisse früh ans Licht, solange man sie noch verhindern kann.',
      when: 'Direkt nachdem die Ziele festgelegt sind.',
    },
  },
  statements: {
    'pd-fast-progress': 'Meine Arbeit kommt meist schnell voran, auch wenn ich Feedback von anderen brauche.',
    'pd-address-behaviour': 'Wenn ich Verhalten sehe, das nicht ideal ist, weiß ich, wie ich es im Team konstruktiv anspreche.',
    'pd-get-feedback': 'Ich bekomme konstruktives Feedback zu meiner Arbeit und zu meiner persönlichen Entwicklung.',
    'pd-career-path': 'Ich sehe für mich einen attraktiven Karriereweg im Unternehmen.',
    'pd-use-strengths': 'In den letzten Wochen konnte ich meine Stärken bei der Arbeit oft einsetzen.',
    'lq-satisfied': 'Ich bin mit meiner Teamleitung wirklich zufrieden.',
    'lq-zooms-out': 'Meine Teamleitung tritt regelmäßig einen Schritt zurück und erklärt die übergeordneten Teamziele, die Strategie und die Vision.',
    'lq-constructive-questions': 'Meine Teamleitung hinterfragt Dinge auf konstruktive Weise.',
    'lq-sets-example': 'Meine Teamleitung lebt vor, was sie von uns als Team erwartet.',
  },
  statementGroups: { personalDevelopment: 'Persönliche Entwicklung', leadership: 'Qualität der Führung', psychologicalSafety: 'Psychologische Sicherheit' },
  statementTags: { growth: '#Entwicklung', jobSatisfaction: '#Arbeitszufriedenheit', feedback: '#Feedback', leadership: '#Führung', psychologicalSafety: '#PsychologischeSicherheit' },
  safetySet: {
    name: 'Psychologische Sicherheit',
    statements: {
      'ps-raise-problems': 'Ich kann ein Problem bei meiner Teamleitung ansprechen, ohne dass es mir angelastet wird.',
      'ps-own-mistakes': 'Wenn ich etwas falsch mache, traue ich mich, das offen zu sagen.',
      'ps-ask-for-help': 'Um Hilfe zu bitten, fühlt sich hier normal an, nicht wie eine Schwäche.',
      'ps-disagree': 'Ich kann in einer Besprechung widersprechen und fühle mich trotzdem als Teil des Teams.',
      'ps-try-new': 'Ich kann hier einen neuen Weg ausprobieren, auch wenn er scheitern könnte.',
      'ps-ideas-heard': 'Meine Ideen werden gehört, auch wenn sie von denen der anderen abweichen.',
      'ps-team-backs-me': 'Ich kann mich darauf verlassen, dass mein Team hinter mir steht.',
    },
  },
  ratingWhy: 'Warum hast du so geantwortet?',
  templates: {
    'okr-goal-setting': {
      name: 'OKR-Zielsetzung (1:1)',
      description: 'Gemeinsam Ziele und Key Results für die nächste Zeit festlegen; den Blick aufs Ganze richten und die Ideen vor allem vom Gegenüber kommen lassen.',
      sections: {
        start: { title: 'Start', prompts: ['Wie war dein Tag bisher?', 'Heute schauen wir auf deine Prioritäten und Ziele für die nächste Zeit.'] },
        brainstorm: {
          title: 'Ziele sammeln',
          prompts: [
            'Wie siehst du deine Rolle mit Blick auf die Ziele des Teams?',
            'Welche Key Results würdest du am liebsten erreichen?',
            'Wie passen sie zu den Zielen von Team und Unternehmen?',
          ],
        },
        'key-results': {
          title: 'Key Results festlegen',
          prompts: [
            'An welchen messbaren Meilensteinen erkennen wir Fortschritt?',
            'Sind sie realistisch und trotzdem ehrgeizig genug, um uns voranzubringen?',
          ],
        },
        support: {
          title: 'Unterstützung & Ressourcen',
          prompts: [
            'Was brauchst du von mir oder anderen, um diese OKRs zu erreichen?',
            'Welche Hindernisse können wir angehen, bevor sie dir im Weg stehen?',
            'Gehen wir die Ziele und Key Results noch einmal durch: Sind sie für dich klar und erreichbar?',
          ],
        },
        'wrap-up': { title: 'Abschluss', prompts: ['Worauf freust du dich im nächsten Quartal am meisten?', 'Gibt es noch Fragen oder etwas, das du ansprechen möchtest?'] },
      },
    },
    weekly: {
      name: 'Wöchentliches 1:1',
      description: 'Ein kurzes wöchentliches 1:1, das deinem Gegenüber gehört: zuerst die eigenen Themen, dann die offenen Punkte vom letzten Mal, Erfolge und Hindernisse, Prioritäten und Feedback in beide Richtungen.',
      sections: {
        'check-in': { title: 'Deine Themen', prompts: ['Wie geht es dir wirklich?', 'Welches deiner Themen ist dir heute am wichtigsten?'] },
        'last-actions': { title: 'Offene Punkte vom letzten Mal', prompts: ['Welche Aufgaben vom letzten Mal sind erledigt?', 'Was ist noch offen, und woran hakt es?'] },
        'wins-blockers': {
          title: 'Erfolge & Hindernisse',
          prompts: [
            'Was lief gut seit unserem letzten Gespräch?',
            'Was bremst dich aus?',
            'Wo kann ich dir den Weg freimachen?',
          ],
        },
        priorities: { title: 'Prioritäten', prompts: ['Was sind diese Woche deine drei wichtigsten Prioritäten?', 'Gibt es etwas, das wir stoppen oder verschieben sollten?'] },
        growth: {
          title: 'Feedback in beide Richtungen',
          prompts: [
            'Was ich diese Woche besonders geschätzt habe, war …',
            'Zu welchem Thema wünschst du dir Feedback von mir?',
            'Was könnte ich anders machen, um dich besser zu unterstützen?',
          ],
        },
        'next-steps': { title: 'Nächste Schritte', prompts: ['Was machst du bis zu unserem nächsten Gespräch?', 'Was mache ich für dich?'] },
      },
    },
    'quarterly-review': {
      name: 'OKR-Quartalsrückblick',
      description: 'Auf das Quartal zurückblicken: die OKRs einschätzen, aus dem Geschehenen lernen und das nächste Quartal vorbereiten.',
      sections: {
        'look-back': { title: 'Rückblick', prompts: ['Worauf bist du in diesem Quartal am meisten stolz?', 'Was hat dich überrascht?', 'Was würdest du anders machen?'] },
        'okr-scores': {
          title: 'OKRs einschätzen',
          prompts: [
            'Auf einer Skala von 1 bis 10: Wie weit bist du bei jedem Ziel gekommen?',
            'Welche Key Results haben sich bewegt, welche nicht?',
            'Was hätte dich eine Stufe höher gebracht?',
          ],
        },
        lessons: { title: 'Erkenntnisse', prompts: ['Welche Hindernisse haben wir zu spät gesehen?', 'Was behalten wir bei, und was ändern wir?'] },
        'next-quarter': { title: 'Nächstes Quartal', prompts: ['Welches Ziel ist dir im nächsten Quartal am wichtigsten?', 'Was nehmen wir mit, und was lassen wir los?'] },
        'wrap-up': { title: 'Abschluss', prompts: ['Was ist deine wichtigste Erkenntnis aus diesem Rückblick?', 'Wie kann ich dich im nächsten Quartal unterstützen?'] },
      },
    },
    onboarding: {
      name: 'Onboarding-1:1',
      description: 'Für neue Teammitglieder: wie sich die ersten Tage anfühlen, was erwartet wird und wer und was dabei helfen kann.',
      sections: {
        'first-impressions': { title: 'Erste Eindrücke', prompts: ['Wie waren deine ersten Tage?', 'Was ist dir aufgefallen, positiv oder eher seltsam?'] },
        'role-expectations': {
          title: 'Rolle & Erwartungen',
          prompts: [
            'Wie verstehst du deine Rolle bisher?',
            'Woran würdest du in drei Monaten merken, dass dein Start gelungen ist?',
            'Was ist noch unklar?',
          ],
        },
        'people-tools': {
          title: 'Menschen & Werkzeuge',
          prompts: [
            'Wen hast du schon kennengelernt, und mit wem solltest du noch sprechen?',
            'Hast du alles, was du für deine Arbeit brauchst?',
            'An wen wendest du dich, wenn du nicht weiterkommst?',
          ],
        },
        'first-goals': { title: 'Erste Ziele', prompts: ['Was könnte ein erster kleiner Erfolg in den nächsten Wochen sein?', 'Woran erkennen wir, dass es gut lief?'] },
        'wrap-up': { title: 'Abschluss', prompts: ['Was würde dir diese Woche am meisten helfen?', 'Was sollte ich darüber wissen, wie du am liebsten arbeitest?'] },
      },
    },
    salary: {
      name: 'Gehaltsgespräch',
      description: 'Ein vorbereitetes Gespräch über Vergütung: Du nennst die Kriterien, hörst die Argumente deines Gegenübers und entscheidest danach, nicht im Gespräch.',
      sections: {
        prepare: {
          title: 'Deine Vorbereitung',
          prompts: [
            'Vor dem Gespräch: Wo liegt die Person im Gehaltsband ihrer Rolle? Wann gab es die letzte Erhöhung, und wie hoch war sie?',
            'Was zahlt der Markt für diese Rolle, und was sagen Tarifvertrag oder Vergütungsrichtlinie?',
            'Welche Kriterien wirst du nennen, und wie viel Spielraum hast du wirklich?',
            'Deine Notizen hier sind privat: Dieser Schritt bleibt aus der Kopie für Mitarbeitende heraus.',
          ],
        },
        purpose: {
          title: 'Ziel & Ablauf',
          prompts: [
            'Was möchtest du aus diesem Gespräch mitnehmen?',
            'So wird das Gehalt bei uns festgelegt. Ich entscheide heute nicht: Du hörst bis [Datum] von mir.',
          ],
        },
        contribution: {
          title: 'Beitrag',
          prompts: [
            'Auf welche Ergebnisse der letzten Zeit bist du am meisten stolz?',
            'Wo ist deine Rolle gewachsen?',
            'Wie siehst du deine eigene Leistung?',
          ],
        },
        'market-criteria': {
          title: 'Kriterien & Markt',
          prompts: [
            'Das sind die Kriterien, nach denen wir die Vergütung in dieser Rolle festlegen: …',
            'Wo siehst du dich bei jedem dieser Kriterien?',
            'Was erwartest du, und worauf stützt du das?',
          ],
        },
        'decision-path': {
          title: 'Entscheidung & nächste Schritte',
          prompts: [
            'Wer entscheidet, und bis wann hörst du von mir?',
            'Wenn wir deine Erwartung jetzt nicht erfüllen können, was wäre dir sonst wichtig?',
          ],
        },
        'wrap-up': { title: 'Abschluss', prompts: ['Gibt es noch etwas, das du sagen möchtest?', 'Ich fasse zusammen, was ich gehört habe und wie es weitergeht.'] },
      },
    },
    'under-performance': {
      name: 'Gespräch über Leistungsprobleme',
      description: 'Wenn die Arbeit hinter dem Vereinbarten zurückbleibt: das Thema in der ersten Minute benennen, Fakten nennen, vor allem zuhören und eine schriftliche Zusammenfassung vereinbaren.',
      sections: {
        open: {
          title: 'Thema benennen',
          prompts: [
            'Ich möchte über [Thema] sprechen: Die Ergebnisse bleiben hinter dem zurück, was wir vereinbart haben, und ich möchte das gemeinsam mit dir lösen.',
            'Ich erzähle zuerst, was ich beobachtet habe, und dann möchte ich deine Sicht hören.',
          ],
        },
        facts: {
          title: 'Fakten: Situation, Verhalten, Wirkung',
          prompts: [
            'Situation: Wann und wo ist es passiert?',
            'Verhalten: Was genau habe ich gesehen oder gehört, ohne Bewertung?',
            'Wirkung: Was hat es für das Team, die Kundschaft oder unsere Ziele bedeutet?',
            'Wie kommt das bei dir an?',
          ],
        },
        'their-view': {
          title: 'Deine Sicht',
          prompts: [
            'Wie siehst du das?',
            'Was steht dir im Weg?',
            'Spielt etwas außerhalb der Arbeit eine Rolle? Erzähl nur, was du erzählen möchtest.',
            'Was hast du schon versucht?',
          ],
        },
        expectations: { title: 'Erwartungen', prompts: ['Was genau muss sich bis wann ändern?', 'Woran merken wir beide, dass es besser wird?'] },
        'support-follow-up': { title: 'Unterstützung & Nachverfolgung', prompts: ['Welche Unterstützung brauchst du von mir?', 'Wann schauen wir wieder gemeinsam darauf?'] },
        'written-summary': {
          title: 'Schriftliche Zusammenfassung',
          prompts: [
            'Lass uns eine kurze Zusammenfassung festhalten: was wir gesehen haben, was du tust, was ich tue und wann wir wieder darauf schauen.',
            'Ich schicke sie dir heute; sag mir, wenn darin etwas steht, das du anders siehst.',
          ],
        },
      },
    },
    career: {
      name: 'Karriereentwicklung',
      description: 'Abstand vom Tagesgeschäft: Ambitionen, Stärken, mögliche Wege und ein konkreter nächster Schritt.',
      sections: {
        ambitions: { title: 'Ambitionen', prompts: ['Wo möchtest du in zwei oder drei Jahren stehen?', 'Welche Art von Arbeit gibt dir Energie?'] },
        strengths: { title: 'Stärken', prompts: ['Wofür bist du im Team bekannt?', 'Welche Stärke möchtest du öfter einsetzen?'] },
        paths: {
          title: 'Mögliche Wege',
          prompts: [
            'Welche Rollen oder Richtungen reizen dich hier?',
            'Welche Erfahrung bringt dich näher dorthin?',
            'Von wem könntest du lernen?',
          ],
        },
        'development-plan': { title: 'Entwicklungsplan', prompts: ['Welchen Schritt kannst du in diesem Quartal gehen?', 'Wie kann ich dir dabei helfen?'] },
        'wrap-up': { title: 'Abschluss', prompts: ['Was nimmst du aus diesem Gespräch mit?', 'Wann schauen wir wieder darauf?'] },
      },
    },
    'speak-up': {
      name: '1:1 für Ideen und Bedenken',
      description: 'Für Teammitglieder, die Ideen und Bedenken oft für sich behalten: die Fragen vorab schicken oder im Chat antworten lassen.',
      sections: {
        'safe-start': {
          title: 'Ruhiger Einstieg',
          prompts: [
            'Von mir gibt es heute keine Agenda; diese Zeit gehört dir.',
            'Ich habe dir die Fragen vorab geschickt: Wollen wir deine Antworten durchgehen?',
            'Wenn du lieber schreibst, kannst du auch im Chat antworten.',
          ],
        },
        'their-topics': {
          title: 'Deine Themen',
          prompts: [
            'Worüber möchtest du sprechen?',
            'Ist dir etwas aufgefallen, das niemand anspricht?',
            'Was würdest du ändern, wenn es nach dir ginge?',
          ],
        },
        ideas: { title: 'Ideen', prompts: ['Welche Idee trägst du schon länger mit dir herum?', 'Wie könnten wir sie im Kleinen ausprobieren?'] },
        'what-holds-back': {
          title: 'Was dich zurückhält',
          prompts: [
            'Was macht es schwer, in Meetings etwas zu sagen?',
            'Was können ich oder das Team tun, damit es leichter wird?',
          ],
        },
        'wrap-up': {
          title: 'Abschluss',
          prompts: [
            'Was hat dir das Gespräch heute gebracht?',
            'Möchtest du einen Punkt mit meiner Unterstützung ins nächste Teammeeting einbringen?',
          ],
        },
      },
    },
    'first-one-on-one': {
      name: 'Erstes 1:1: Kennenlernen',
      description: 'Das erste 1:1 mit einem neuen Teammitglied oder einer neuen Führungskraft: wer ihr seid, wie dein Gegenüber gern arbeitet und wie eure 1:1s ablaufen.',
      sections: {
        introductions: {
          title: 'Kennenlernen',
          prompts: [
            'Erzähl mir ein bisschen von dir, bei der Arbeit und außerhalb.',
            'Ich erzähle dir etwas über mich und darüber, wie ich gern arbeite.',
          ],
        },
        'working-style': {
          title: 'Wie du gern arbeitest',
          prompts: [
            'Wann arbeitest du am besten, und was kostet dich Energie?',
            'Wie bekommst du Feedback am liebsten: sofort, schriftlich oder in unseren 1:1s?',
            'Woran merke ich, dass du unter Druck stehst, und was hilft dir dann?',
          ],
        },
        motivation: {
          title: 'Was dich antreibt',
          prompts: [
            'Worauf bist du in deiner bisherigen Arbeit am meisten stolz?',
            'Was müsste passieren, damit das der beste Job wird, den du je hattest?',
            'Was möchtest du hier lernen?',
          ],
        },
        'working-together': {
          title: 'Wie wir zusammenarbeiten',
          prompts: [
            'Wie oft wollen wir uns treffen, und wofür sollen diese 1:1s da sein?',
            'Was haben gute Führungskräfte für dich getan, und was sollte ich lieber lassen?',
            'Diese Zeit gehört dir: Bring vor allem deine eigenen Themen mit.',
          ],
        },
        'wrap-up': { title: 'Abschluss', prompts: ['Welche Fragen hast du an mich?', 'Worüber sprechen wir beim nächsten Mal?'] },
      },
    },
    'stay-interview': {
      name: 'Bleibegespräch',
      description: 'Herausfinden, was jemanden hier hält und was ein Grund zum Gehen sein könnte, bevor die Person sich anderswo umschaut.',
      sections: {
        'why-stay': { title: 'Was dich hier hält', prompts: ['Worauf freust du dich, wenn dein Arbeitstag beginnt?', 'Was hält dich hier?'] },
        energy: { title: 'Energie', prompts: ['Was macht dir an deiner Arbeit gerade am meisten Spaß?', 'Was kostet dich Energie, und was würde es leichter machen?'] },
        growth: { title: 'Entwicklung', prompts: ['Was möchtest du im nächsten Jahr lernen oder öfter machen?', 'Welche deiner Talente nutzen wir zu wenig?'] },
        'leaving-risks': {
          title: 'Gründe zu gehen',
          prompts: [
            'Was könnte dich dazu bringen, zu gehen?',
            'Falls du schon einmal ans Gehen gedacht hast: Was war der Grund?',
            'Was könnte ich ändern, damit du noch lieber bleibst?',
          ],
        },
        'wrap-up': { title: 'Abschluss', prompts: ['Wie möchtest du für deine Arbeit Anerkennung bekommen?', 'Was machen wir konkret daraus, und bis wann?'] },
      },
    },
    'feedback-360': {
      name: 'Feedbackgespräch (360 Grad)',
      description: 'Das 360-Grad-Feedback gemeinsam durchgehen: zuerst die eigene Sicht, dann die wiederkehrenden Themen, ein oder zwei Schwerpunkte und Feedback für dich.',
      sections: {
        purpose: {
          title: 'Ziel',
          prompts: [
            'In diesem Gespräch geht es ums Lernen, nicht ums Bewerten: Wir gehen das Feedback gemeinsam durch.',
            'Wie war es für dich, das Feedback zu lesen?',
          ],
        },
        'self-view': { title: 'Deine eigene Sicht', prompts: ['Bevor wir hineinschauen: Was lief gut, und was könnte besser sein?', 'Welches Feedback hast du erwartet?'] },
        themes: {
          title: 'Das Feedback',
          prompts: [
            'Welche Themen tauchen immer wieder auf?',
            'Was überrascht dich, und was erkennst du wieder?',
            'Nehmen wir ein Beispiel: Was waren Situation, Verhalten und Wirkung?',
          ],
        },
        focus: { title: 'Ein oder zwei Schwerpunkte', prompts: ['An welchen ein oder zwei Punkten möchtest du arbeiten?', 'Wie sieht es aus, wenn es besser geworden ist?'] },
        'feedback-for-me': { title: 'Feedback für mich', prompts: ['Welches Feedback hast du für mich?', 'War ich bei etwas zu streng oder zu nachsichtig?'] },
        'wrap-up': {
          title: 'Abschluss',
          prompts: [
            'Was packst du als Erstes an, und wen fragst du beim nächsten Mal nach Feedback?',
            'Wann schauen wir gemeinsam auf deine Fortschritte?',
          ],
        },
      },
    },
    'wellbeing-return': {
      name: 'Wohlbefinden & Rückkehr',
      description: 'Wenn es jemandem nicht gut geht oder jemand aus einer Auszeit zurückkommt: wie es wirklich geht, was sich geändert hat und eine Arbeitslast, die gerade passt.',
      sections: {
        welcome: {
          title: 'Wie geht es dir',
          prompts: [
            'Wie geht es dir, und wie fühlt es sich an, wieder da zu sein?',
            'Erzähl nur, was du erzählen möchtest; es bleibt unter uns, außer wir vereinbaren etwas anderes.',
          ],
        },
        wellbeing: {
          title: 'Wohlbefinden',
          prompts: [
            'Wie steht es gerade um deine Energie und deinen Schlaf, auf einer Skala von 1 bis 10?',
            'Was hilft dir, und was kostet dich Kraft?',
            'Gibt es außerhalb der Arbeit etwas, worauf ich Rücksicht nehmen sollte?',
          ],
        },
        'what-changed': {
          title: 'Was sich geändert hat',
          prompts: [
            'Das hat sich im Team und an unserer Arbeit geändert, während du weg warst.',
            'Worüber möchtest du zuerst auf den neuesten Stand kommen?',
          ],
        },
        workload: {
          title: 'Eine passende Arbeitslast',
          prompts: [
            'Welche Arbeitslast fühlt sich für die ersten Wochen richtig an?',
            'Was nimmst du dir zuerst vor, und was kann warten?',
            'Wer könnte dir helfen, wieder in Fahrt zu kommen?',
          ],
        },
        'wrap-up': {
          title: 'Abschluss',
          prompts: [
            'Wann sprechen wir wieder, und wie oft erst einmal?',
            'Was soll ich dem Team sagen, und was nicht?',
            'An wen kannst du dich wenden, wenn es zu viel wird: an den betriebsärztlichen Dienst, eine Vertrauensperson oder an mich?',
          ],
        },
      },
    },
    'skip-level': {
      name: 'Skip-Level-1:1',
      description: 'Mit jemandem aus dem Team einer Führungskraft, die an dich berichtet: wie es um die Arbeit und das Team steht und was die Person sieht, das dir vielleicht entgeht.',
      sections: {
        purpose: {
          title: 'Ziel',
          prompts: [
            'Ich möchte hören, wie es dir und dem Team geht; das ist keine Beurteilung von dir oder deiner Führungskraft.',
            'Was du mir erzählst, geht nicht mit deinem Namen weiter, außer du bist einverstanden.',
          ],
        },
        'their-work': { title: 'Deine Arbeit', prompts: ['Was macht dir an deiner Arbeit gerade Spaß?', 'Was hindert dich daran, deine beste Arbeit zu machen?'] },
        team: { title: 'Das Team', prompts: ['Wie geht es dem Team aus deiner Sicht?', 'Was funktioniert gut in eurer Zusammenarbeit, und was würdest du ändern?'] },
        direction: { title: 'Richtung', prompts: ['Wie klar ist, wohin wir gehen, und warum?', 'Was würdest du an meiner Stelle als Erstes ändern?'] },
        'wrap-up': {
          title: 'Abschluss',
          prompts: [
            'Was sollte ich aus diesem Gespräch mitnehmen?',
            'Was darf ich mit dem machen, was du erzählt hast, und was bleibt unter uns?',
          ],
        },
      },
    },
    'colleague-conflict': {
      name: 'Konflikt im Team',
      description: 'Ein 1:1 mit einer von zwei Personen in einem Konflikt: die eigene Sicht ohne Urteil hören, die andere Seite betrachten und einen machbaren nächsten Schritt finden.',
      sections: {
        purpose: {
          title: 'Ziel',
          prompts: [
            'Mir sind Spannungen zwischen dir und [Name] aufgefallen, und ich möchte verstehen, was dahintersteckt; ich entscheide nicht, wer recht hat.',
            'Ich spreche auch mit [Name].',
          ],
        },
        'their-side': {
          title: 'Deine Sicht',
          prompts: [
            'Was ist aus deiner Sicht passiert?',
            'Wann hat es angefangen, und welche Momente fallen dir besonders ein?',
            'Was macht das mit dir und mit deiner Arbeit?',
          ],
        },
        'other-side': { title: 'Die andere Seite', prompts: ['Wie, glaubst du, sieht [Name] das?', 'Was braucht [Name] vielleicht von dir?', 'Welcher Teil davon liegt bei dir?'] },
        'way-forward': {
          title: 'Wie es weitergeht',
          prompts: [
            'Wie sähe eure Zusammenarbeit aus, wenn sie gut genug läuft?',
            'Was kannst du selbst tun, und was brauchst du von [Name]?',
            'Würde ein Gespräch zu dritt helfen?',
          ],
        },
        'wrap-up': { title: 'Abschluss', prompts: ['Was vereinbaren wir, und wann schauen wir, wie es läuft?', 'Was bleibt unter uns?'] },
      },
    },
  },
  signals: {
    negations: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'kaum'],
    situations: {
      stuck: { match: ['festgefahren', 'steck* ~ fest', 'kein fortschritt', 'keine fortschritte', 'komm* ~ nicht weiter', 'kam* ~ nicht weiter', 'weiß nicht wie', 'weiss nicht wie', '*stillstand', 'tritt auf der stelle', 'blockiert', 'häng* ~ fest', 'feststeck*', 'komm* ~ nicht voran', 'kam* ~ nicht voran'] },
      tooAmbitious: { match: ['zu ambitioniert', 'überambitioniert', 'zu viel', 'zu groß', 'alles auf einmal', 'zu hoch gegriffen', 'übernimmt sich', 'verzettelt'] },
      impossible: { match: ['unmöglich', 'nicht machbar', 'unrealistisch', 'geht nicht', 'nicht zu schaffen', 'klappt nie', 'wird nie klappen', 'aussichtslos'], unless: ['geht nicht um', 'geht * nicht um'] },
      blamesOthers: { match: ['ihre schuld', 'seine schuld', 'deren schuld', 'nicht meine schuld', 'wegen denen', 'wegen der anderen', 'anderes team', 'anderen team', 'die machen nie', 'schuld sind die', 'ausreden', 'schiebt die schuld'], unless: ['lass* * ausreden', 'ausreden lassen', 'ausreden zu lassen'] },
      quiet: { match: ['still', 'stiller', 'schweigt', 'schweigsam', 'schüchtern', 'zögerlich', 'zurückhaltend', 'wortkarg', 'sagte wenig', 'sagt wenig', 'stille'], unless: ['steht still', 'still * stehen', 'sagt wenig aus', 'sagte wenig aus'] },
      frustrated: { match: ['frust*', 'genervt', 'nervt', 'nervig', 'sauer', 'wütend', 'verärgert', 'ärgert', 'nase voll', 'es satt'] },
      noGoals: { match: ['keine ziele', 'kein ziel', 'keine ahnung was', 'unklare ziele', 'keine richtung', 'weiß nicht was', 'weiss nicht was', 'nichts geplant', 'kein plan'] },
      unclearProblem: { match: ['vage', 'irgendwie', 'stimmt etwas nicht', 'stimmt was nicht', 'weiß nicht warum', 'weiss nicht warum', 'unklar', 'bauchgefühl', 'komisches gefühl', 'ungutes gefühl'] },
      ownership: { match: ['nicht meine aufgabe', 'nicht mein job', 'nicht mein problem', 'nicht zuständig', 'nicht meine verantwortung', 'soll* jemand anderes', 'soll* jemand anders', 'wartet auf andere', 'wartet ab', 'niemand zuständig', 'niemand fühlt sich zuständig'] },
      closing: { match: ['abschluss', 'abschließen', 'zusammenfassung', 'zusammenfassen', 'nächste* schritte', 'zum schluss', 'fazit'] },
    },
  },
};
