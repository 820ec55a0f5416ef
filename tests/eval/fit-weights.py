#!/usr/bin/env python3
"""fit-weights.py - weights for the [frustration] rules, fitted to the labelled sets

usage: tests/eval/fit-weights.py EVAL_CUES SRCDIR [SHARED_EVAL_DIR]

Reads the cues that EVAL_CUES (the built tests/eval/eval-cues) finds in
support.txt, dev2.txt and ../shared/eval/github-incivility-dev.csv, and
fits the weight of each [frustration] rule of SRCDIR's cues.lex so that
the flag (the weights of a message's cues add up to 1) follows the labels:
a logistic model on the sum of the weights, each weight held near the
lexicon's own by a penalty, positives counted five times (the flag is
judged by F1, and frustration is rare), the support sets counted twice
(they are the mail tact answers).  heldout.txt and heldout2.txt are
not fitted to.

It prints, first, the F1 of the lexicon's weights and of weights fitted
to one half of the GitHub threads, on the other half (by issue, over
several splits), beside VADER's when the eval cache holds its output;
then the fitted weights of the rules it proposes to change.  It proposes
only rules below 1 and never above 1 (a weight of 1 already sets the
flag alone), and leaves alone the capitals and the runs of "!" and "?",
which mean excitement as often as anger and which the fit cannot tell
apart.  A person reads the proposal before cues.lex changes.
"""
import collections
import csv
import math
import os
import random
import re
import subprocess
import sys

HELD = {'caps-long', 'caps-run', 'caps-short', 'caps-shout', 'bangs', 'double-bang',
        'double-question', 'wide-bangs', 'stretched-words', 'ellipsis-rant'}
POSITIVE = 5.0          # weight of a positive example
SUPPORT = 2.0           # weight of a support-set example
PENALTY = 0.003         # pull towards the lexicon's weight
SPLITS = 6


def lexicon_weights(path):
    weights, section = {}, None
    for line in open(path, encoding='utf-8'):
        m = re.match(r'\[(\S+)\]', line)
        if m:
            section = m.group(1)
            continue
        m = re.match(r'([a-z0-9-]+)( [0-9.]+)? = ', line)
        if m and section == 'frustration':
            weights[m.group(1)] = float(m.group(2) or 1)
    return weights


def cues_of(eval_cues, *args):
    out = subprocess.run([eval_cues, '--cues', *args], check=True, capture_output=True,
                         text=True).stdout
    counts = collections.defaultdict(collections.Counter)
    for line in out.splitlines():
        rec, _, _, rule = line.split('\t')
        if rule.startswith('frustration/'):
            counts[rec][rule.split('/', 1)[1]] += 1
    return counts


def records(eval_cues, path):
    counts = cues_of(eval_cues, '--records', path)
    out = []
    for line in open(path, encoding='utf-8'):
        if line.startswith('=== '):
            _, rec, flags = line.split()[:3]
            out.append((rec, counts[rec], 'frustration' in flags.split(',')))
    return out


def incivility(eval_cues, path):
    counts = cues_of(eval_cues, '--incivility', path)
    out = []
    for row in csv.DictReader(open(path, encoding='utf-8')):
        label = row['tbdf']
        if label in ('Bitter frustration', 'Impatience', 'None'):
            out.append((row['issue_id'], counts[row['id']], label != 'None'))
    return out


def score(weights, counts):
    return sum(weights.get(rule, 0) * n for rule, n in counts.items())


def f1(weights, data):
    tp = fp = fn = 0
    for _, counts, gold in data:
        flag = score(weights, counts) >= 1 - 1e-9
        tp += flag and gold
        fp += flag and not gold
        fn += gold and not flag
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fit(start, train, rounds=300):
    """Gradient descent on the weighted log loss of sigmoid(a * (score - 1))."""
    weights, a = dict(start), 4.0
    total = sum(w for *_, w in train)
    for _ in range(rounds):
        grad, grad_a = collections.Counter(), 0.0
        for _, counts, gold, w in train:
            s = score(weights, counts)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, a * (s - 1)))))
            d = (p - gold) * w * (POSITIVE if gold else 1.0)
            for rule, n in counts.items():
                grad[rule] += d * a * n
            grad_a += d * (s - 1)
        for rule in weights:
            step = grad[rule] / total + PENALTY * (weights[rule] - start[rule])
            weights[rule] = max(0.05, min(2.0, weights[rule] - step))
        a = max(0.5, a - 0.25 * grad_a / total)
    return proposal(start, weights)


def proposal(start, fitted):
    """The lexicon's weights, with the changes fit-weights proposes."""
    out = dict(start)
    for rule, w in fitted.items():
        if start[rule] < 1 and rule not in HELD:
            out[rule] = min(1.0, round(w * 20) / 20)
    return out


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__.split('\n\n')[1])
    eval_cues, srcdir = sys.argv[1], sys.argv[2]
    shared = sys.argv[3] if len(sys.argv) == 4 else os.path.join(srcdir, '..', 'shared', 'eval')
    csv_path = os.path.join(shared, 'github-incivility-dev.csv')
    if not os.path.exists(csv_path):
        sys.exit(f'fit-weights: {csv_path} not found')
    start = lexicon_weights(os.path.join(srcdir, 'templates', 'lexicon', 'cues.lex'))
    evaldir = os.path.join(srcdir, 'tests', 'eval')
    support = [r for name in ('support.txt', 'dev2.txt')
               for r in records(eval_cues, os.path.join(evaldir, name))]
    heldout = {name: records(eval_cues, os.path.join(evaldir, name))
               for name in ('heldout.txt', 'heldout2.txt')
               if os.path.exists(os.path.join(evaldir, name))}
    github = incivility(eval_cues, csv_path)

    issues = sorted({issue for issue, _, _ in github})
    print('frustration F1 on half of the GitHub threads, weights fitted to the other half')
    print('split  lexicon  fitted')
    for seed in range(SPLITS):
        rng = random.Random(seed)
        order = issues[:]
        rng.shuffle(order)
        half = set(order[:len(order) // 2])
        for test_in in (True, False):
            train = [(i, c, g, 1.0) for i, c, g in github if (i in half) != test_in]
            train += [(i, c, g, SUPPORT) for i, c, g in support]
            test = [t for t in github if (t[0] in half) == test_in]
            print(f'{seed}{"ab"[test_in]}     {f1(start, test):.3f}    {f1(fit(start, train), test):.3f}')

    train = [(i, c, g, 1.0) for i, c, g in github] + [(i, c, g, SUPPORT) for i, c, g in support]
    proposed = fit(start, train)
    for name, data in heldout.items():
        print(f'\n{name} (not fitted to): lexicon {f1(start, data):.3f}, '
              f'fitted {f1(proposed, data):.3f}')
    print('\nproposed weights')
    for rule in sorted(start):
        if abs(proposed[rule] - start[rule]) >= 0.05:
            print(f'  {rule:24s} {start[rule]:.2f} -> {proposed[rule]:.2f}')


if __name__ == '__main__':
    main()
