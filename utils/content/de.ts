import type { ContentPack } from './types';

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
    'friend-advice': 'Was würdest du einem Freund mit der gleichen Herausforderung sagen?',
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
    'what-would-it-look-like': 'Wie sähe das aus, wenn es klappt?',
    'sbi-feedback': 'In [Situation] habe ich [Verhalten] beobachtet, und die Wirkung war [Wirkung]. Wie kommt das bei dir an?',
    'will-and-commitment': 'Was wirst du tun, und bis wann? Wie entschlossen bist du, auf einer Skala von 1 bis 10?',
    'upward-feedback': 'Was könnte ich anders machen, um dich besser zu unterstützen? War ich bei etwas zu streng oder zu nachsichtig?',
    'about-this-one-on-one': 'Wie hilfreich war dieses 1:1 für dich, und was sollten wir beim nächsten Mal ändern?',
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
    'pd-address-behaviour': 'Wenn ich nicht ideales Verhalten sehe, weiß ich, wie ich es bei Kolleg:innen konstruktiv anspreche.',
    'pd-get-feedback': 'Ich bekomme konstruktives Feedback zu meiner Arbeit und zu meiner persönlichen Entwicklung.',
    'pd-career-path': 'Ich sehe für mich einen attraktiven Karriereweg im Unternehmen.',
    'pd-use-strengths': 'In den letzten Wochen konnte ich meine Stärken bei der Arbeit oft einsetzen.',
    'lq-satisfied': 'Ich bin mit meiner Teamleitung wirklich zufrieden.',
    'lq-zooms-out': 'Meine Teamleitung zoomt regelmäßig heraus und erklärt die übergeordneten Teamziele, Strategie und Vision.',
    'lq-constructive-questions': 'Meine Teamleitung hinterfragt Dinge auf konstruktive Weise.',
    'lq-sets-example': 'Meine Teamleitung lebt vor, was sie von uns als Team erwartet.',
  },
  statementGroups: { personalDevelopment: 'Persönliche Entwicklung', leadership: 'Qualität der Führung' },
  ratingWhy: 'Warum hast du so geantwortet?',
  templates: {
    'okr-goal-setting': {
      name: 'OKR-Zielsetzung (1:1)',
      description: 'Gemeinsam Ziele und Key Results für die nächste Periode festlegen; herauszoomen und die Ideen vor allem von ihnen kommen lassen.',
      sections: {
        start: { title: 'Start', prompts: ['Wie war dein Tag bisher?', 'Heute schauen wir auf deine Prioritäten und Ziele für die nächste Zeit.'] },
        brainstorm: {
          title: 'Ziele sammeln',
          prompts: [
            'Wie siehst du deine Rolle mit Blick auf die Ziele des Teams?',
            'Welche Key Results würdest du am liebsten erreichen?',
            'Wie passen sie zu den Objectives von Team und Unternehmen?',
          ],
        },
        'key-results': {
          title: 'Key Results festlegen',
          prompts: ['An welchen messbaren Meilensteinen erkennen wir Fortschritt?', 'Sind sie realistisch und trotzdem ehrgeizig genug, um uns voranzubringen?'],
        },
        support: {
          title: 'Unterstützung & Ressourcen',
          prompts: [
            'Was brauchst du von mir oder anderen, um diese OKRs zu erreichen?',
            'Welche Hindernisse können wir angehen, bevor sie im Weg stehen?',
            'Gehen wir die Ziele und Key Results noch einmal durch: Sind sie für dich klar und erreichbar?',
          ],
        },
        'wrap-up': { title: 'Abschluss', prompts: ['Worauf freust du dich im nächsten Quartal am meisten?', 'Gibt es noch Fragen oder etwas, das du ansprechen möchtest?'] },
      },
    },
    weekly: {
      name: 'Wöchentliches 1:1',
      description: 'Ein kurzer, regelmäßiger Check-in: wie es geht, was im Weg steht und was diese Woche zählt.',
      sections: {
        'check-in': { title: 'Check-in', prompts: ['Wie geht es dir wirklich?', 'Was beschäftigt dich diese Woche?'] },
        'wins-blockers': {
          title: 'Erfolge & Blocker',
          prompts: ['Was lief gut seit unserem letzten Gespräch?', 'Was bremst dich aus?', 'Wo kann ich dir den Weg freimachen?'],
        },
        priorities: { title: 'Prioritäten', prompts: ['Was sind deine drei wichtigsten Prioritäten diese Woche?', 'Gibt es etwas, das wir stoppen oder verschieben sollten?'] },
        growth: { title: 'Entwicklung', prompts: ['Was hast du zuletzt gelernt?', 'Zu welchem Thema wünschst du dir Feedback von mir?'] },
        'next-steps': { title: 'Nächste Schritte', prompts: ['Was machst du bis zu unserem nächsten Gespräch?', 'Was mache ich für dich?'] },
      },
    },
    'quarterly-review': {
      name: 'OKR-Quartalsrückblick',
      description: 'Auf das Quartal zurückblicken: OKRs bewerten, aus dem Geschehenen lernen und das nächste vorbereiten.',
      sections: {
        'look-back': {
          title: 'Rückblick',
          prompts: ['Worauf bist du in diesem Quartal am meisten stolz?', 'Was hat dich überrascht?', 'Was würdest du anders machen?'],
        },
        'okr-scores': {
          title: 'OKRs bewerten',
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
      description: 'Für neue Kolleg:innen: wie sich die ersten Tage anfühlen, was erwartet wird und wer und was helfen kann.',
      sections: {
        'first-impressions': { title: 'Erste Eindrücke', prompts: ['Wie waren deine ersten Tage?', 'Was ist dir aufgefallen, positiv oder seltsam?'] },
        'role-expectations': {
          title: 'Rolle & Erwartungen',
          prompts: ['Wie verstehst du deine Rolle bisher?', 'Wie sieht Erfolg für dich nach drei Monaten aus?', 'Was ist noch unklar?'],
        },
        'people-tools': {
          title: 'Menschen & Werkzeuge',
          prompts: ['Wen hast du schon kennengelernt, und wen solltest du noch treffen?', 'Hast du alles, was du für deine Arbeit brauchst?', 'An wen wendest du dich, wenn du feststeckst?'],
        },
        'first-goals': { title: 'Erste Ziele', prompts: ['Was könnte ein erster kleiner Erfolg in den nächsten Wochen sein?', 'Woran erkennen wir, dass es gut lief?'] },
        'wrap-up': { title: 'Abschluss', prompts: ['Was würde dir diese Woche am meisten helfen?', 'Was sollte ich darüber wissen, wie du gerne arbeitest?'] },
      },
    },
    salary: {
      name: 'Gehaltsgespräch',
      description: 'Ein faires, vorbereitetes Gespräch über Vergütung: Beitrag, Kriterien und wie eine Entscheidung zustande kommt.',
      sections: {
        purpose: { title: 'Ziel', prompts: ['Was möchtest du aus diesem Gespräch mitnehmen?', 'So funktioniert der Gehaltsprozess bei uns.'] },
        contribution: {
          title: 'Beitrag',
          prompts: ['Auf welche Ergebnisse der letzten Zeit bist du am meisten stolz?', 'Wo ist deine Rolle gewachsen?', 'Wie siehst du deine eigene Leistung?'],
        },
        'market-criteria': { title: 'Kriterien & Markt', prompts: ['Welche Kriterien gelten für die Vergütung in dieser Rolle?', 'Was erwartest du, und worauf stützt du das?'] },
        'decision-path': { title: 'Entscheidung & nächste Schritte', prompts: ['Wer entscheidet, und wann hörst du davon?', 'Wenn wir deine Erwartung jetzt nicht erfüllen können, was wäre dir sonst wichtig?'] },
        'wrap-up': { title: 'Abschluss', prompts: ['Gibt es noch etwas, das du nicht gesagt hast?', 'Ich fasse zusammen, was wir vereinbart haben.'] },
      },
    },
    'under-performance': {
      name: 'Gespräch über Leistung',
      description: 'Wenn du jemanden magst, aber die Leistung ausbleibt: Fakten benennen, die andere Sicht hören, klare Erwartungen vereinbaren.',
      sections: {
        open: { title: 'Einstieg', prompts: ['Ich möchte etwas besprechen, das mir und dir wichtig ist.', 'Wie läuft deine Arbeit in letzter Zeit aus deiner Sicht?'] },
        facts: {
          title: 'Fakten',
          prompts: ['Das habe ich beobachtet, mit Beispielen.', 'Was bedeutet das für das Team und unsere Ziele?', 'Siehst du das ähnlich?'],
        },
        'their-view': {
          title: 'Deine Sicht',
          prompts: ['Was steht dir im Weg?', 'Wie viel davon hast du selbst in der Hand?', 'Was hast du schon versucht?'],
        },
        expectations: { title: 'Erwartungen', prompts: ['Was genau muss sich bis wann ändern?', 'Woran merken wir beide, dass es besser wird?'] },
        'support-follow-up': { title: 'Unterstützung & Nachverfolgung', prompts: ['Welche Unterstützung brauchst du von mir?', 'Wann schauen wir wieder gemeinsam darauf?'] },
      },
    },
    career: {
      name: 'Karriereentwicklung',
      description: 'Abstand vom Tagesgeschäft: Ambitionen, Stärken, mögliche Wege und ein konkreter nächster Schritt.',
      sections: {
        ambitions: { title: 'Ambitionen', prompts: ['Wo möchtest du in zwei oder drei Jahren stehen?', 'Welche Art von Arbeit gibt dir Energie?'] },
        strengths: { title: 'Stärken', prompts: ['Wofür bist du im Team bekannt?', 'Welche Stärke möchtest du öfter einsetzen?'] },
        paths: {
          title: 'Wege',
          prompts: ['Welche Rollen oder Richtungen reizen dich hier?', 'Welche Erfahrung bringt dich näher dorthin?', 'Von wem könntest du lernen?'],
        },
        'development-plan': { title: 'Entwicklungsplan', prompts: ['Welchen Schritt kannst du in diesem Quartal gehen?', 'Wie kann ich dir dabei helfen?'] },
        'wrap-up': { title: 'Abschluss', prompts: ['Was nimmst du aus diesem Gespräch mit?', 'Wann schauen wir wieder darauf?'] },
      },
    },
    'speak-up': {
      name: 'Sprich-dich-aus-1:1',
      description: 'Für stillere Teammitglieder: ein sicheres Gespräch ohne Eile, in dem ihre Themen und Ideen zuerst kommen.',
      sections: {
        'safe-start': { title: 'Ruhiger Einstieg', prompts: ['Von mir gibt es heute keine Agenda; diese Zeit gehört dir.', 'Wie geht es dir gerade?'] },
        'their-topics': {
          title: 'Deine Themen',
          prompts: ['Worüber möchtest du sprechen?', 'Ist dir etwas aufgefallen, das niemand anspricht?', 'Was würdest du ändern, wenn es nach dir ginge?'],
        },
        ideas: { title: 'Ideen', prompts: ['Welche Idee trägst du schon länger mit dir herum?', 'Wie könnten wir sie im Kleinen ausprobieren?'] },
        'what-holds-back': {
          title: 'Was dich zurückhält',
          prompts: ['Was macht es schwer, in Meetings etwas zu sagen?', 'Was können ich oder das Team tun, damit es leichter wird?'],
        },
        'wrap-up': { title: 'Abschluss', prompts: ['Was hat dir das Gespräch heute gebracht?', 'Möchtest du einen Punkt mit meiner Unterstützung ins nächste Teammeeting einbringen?'] },
      },
    },
  },
  signals: {
    negations: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'kaum'],
    situations: {
      stuck: { match: ['festgefahren', 'steck* ~ fest', 'kein fortschritt', 'keine fortschritte', 'komm* ~ nicht weiter', 'kam* ~ nicht weiter', 'weiß nicht wie', 'weiss nicht wie', '*stillstand', 'tritt auf der stelle', 'blockiert', 'häng* ~ fest'] },
      tooAmbitious: { match: ['zu ambitioniert', 'überambitioniert', 'zu viel', 'zu groß', 'alles auf einmal', 'zu hoch gegriffen', 'übernimmt sich', 'verzettelt'] },
      impossible: { match: ['unmöglich', 'nicht machbar', 'unrealistisch', 'geht nicht', 'nicht zu schaffen', 'klappt nie', 'wird nie klappen', 'aussichtslos'], unless: ['geht nicht um', 'geht * nicht um'] },
      blamesOthers: { match: ['ihre schuld', 'seine schuld', 'deren schuld', 'nicht meine schuld', 'wegen denen', 'wegen der anderen', 'anderes team', 'anderen team', 'die machen nie', 'schuld sind die', 'ausreden', 'schiebt die schuld'], unless: ['lass* * ausreden', 'ausreden lassen', 'ausreden zu lassen'] },
      quiet: { match: ['still', 'stiller', 'schweigt', 'schweigsam', 'schüchtern', 'zögerlich', 'zurückhaltend', 'wortkarg', 'sagte wenig', 'sagt wenig'], unless: ['steht still', 'still * stehen', 'stillstehen'] },
      frustrated: { match: ['frust*', 'genervt', 'nervt', 'nervig', 'sauer', 'wütend', 'verärgert', 'ärgert', 'nase voll', 'es satt'] },
      noGoals: { match: ['keine ziele', 'kein ziel', 'keine ahnung was', 'unklare ziele', 'keine richtung', 'weiß nicht was', 'weiss nicht was', 'nichts geplant', 'kein plan'] },
      unclearProblem: { match: ['vage', 'irgendwie', 'stimmt etwas nicht', 'stimmt was nicht', 'weiß nicht warum', 'weiss nicht warum', 'unklar', 'bauchgefühl', 'komisches gefühl', 'ungutes gefühl'] },
      ownership: { match: ['nicht meine aufgabe', 'nicht mein job', 'nicht mein problem', 'nicht zuständig', 'nicht meine verantwortung', 'jemand anderes', 'soll jemand anders', 'wartet auf andere', 'wartet ab', 'niemand zuständig', 'niemand fühlt sich zuständig'] },
      closing: { match: ['abschluss', 'abschließen', 'zusammenfassung', 'zusammenfassen', 'nächste* schritte', 'zum schluss', 'fazit', 'vereinbart'] },
    },
  },
};
