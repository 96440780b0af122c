#!/usr/bin/env python3
"""Writes MoreGarbowHillstromProblems.cs: the test problems of More, Garbow and Hillstrom,
"Testing unconstrained optimization software", ACM TOMS 7(1), 17-41 (1981), as [Loss]
expressions, each the sum of squares of its residuals f_i exactly as the paper defines them,
with the paper's standard starting point and its published minimum values.

Data constants (Bard, Gaussian, Meyer, Kowalik-Osborne, Osborne 1 and 2) are the paper's tables.
Constants of the form exp(t_i), sin(t_i), t_i^k are written as round-trip decimal literals,
computed here. Run from this folder: python3 problems.py (writes the .cs beside it).
"""
import math

def num(v):
    """A round-trip double literal; negatives parenthesised so they can follow an operator."""
    if isinstance(v, int):
        v = float(v)
    s = repr(v)
    if s.endswith('.0'):
        s = s[:-2]
    return '(' + s + ')' if v < 0 else s

def sumsq(residuals):
    return ' + '.join('(' + r + ')^2' for r in residuals)

def xs(n):
    return ['x' + str(j) for j in range(1, n + 1)]

problems = []

def problem(number, name, n, m, start, minima, residuals, note=''):
    """minima: list of (value, label); the first is the global minimum the paper publishes."""
    assert len(start) == n and len(residuals) == m, name
    problems.append(dict(number=number, name=name, n=n, m=m, start=start, minima=minima,
                         expression=sumsq(residuals), note=note))

# 1 Rosenbrock
problem(1, 'Rosenbrock', 2, 2, [-1.2, 1.0], [(0.0, 'at (1, 1)')],
        ['10*(x2 - x1^2)', '1 - x1'])
# 2 Freudenstein and Roth
problem(2, 'FreudensteinRoth', 2, 2, [0.5, -2.0], [(0.0, 'at (5, 4)'), (48.9842, 'local, at (11.41, -0.8968)')],
        ['-13 + x1 + ((5 - x2)*x2 - 2)*x2', '-29 + x1 + ((x2 + 1)*x2 - 14)*x2'])
# 3 Powell badly scaled
problem(3, 'PowellBadlyScaled', 2, 2, [0.0, 1.0], [(0.0, 'at (1.098e-5, 9.106)')],
        ['10000*x1*x2 - 1', 'exp(-x1) + exp(-x2) - 1.0001'])
# 4 Brown badly scaled
problem(4, 'BrownBadlyScaled', 2, 3, [1.0, 1.0], [(0.0, 'at (1e6, 2e-6)')],
        ['x1 - 1e6', 'x2 - 2e-6', 'x1*x2 - 2'])
# 5 Beale
problem(5, 'Beale', 2, 3, [1.0, 1.0], [(0.0, 'at (3, 0.5)')],
        [f'{y} - x1*(1 - x2^{i})' for i, y in zip((1, 2, 3), ('1.5', '2.25', '2.625'))])
# 6 Jennrich and Sampson, m = 10
problem(6, 'JennrichSampson', 2, 10, [0.3, 0.4], [(124.362, 'at x1 = x2 = 0.2578')],
        [f'{2 + 2 * i} - (exp({i}*x1) + exp({i}*x2))' for i in range(1, 11)])
# 7 Helical valley: theta = atan(x2/x1)/(2 pi), plus 1/2 where x1 < 0; x1/sqrt(x1^2) is the sign of x1
theta = '(atan(x2/x1)/(2*pi) + (1 - x1/sqrt(x1^2))/4)'
problem(7, 'HelicalValley', 3, 3, [-1.0, 0.0, 0.0], [(0.0, 'at (1, 0, 0)')],
        [f'10*(x3 - 10*{theta})', '10*(sqrt(x1^2 + x2^2) - 1)', 'x3'],
        note='theta has the paper\'s jump at x1 = 0')
# 8 Bard
bard_y = [0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39]
problem(8, 'Bard', 3, 15, [1.0, 1.0, 1.0], [(8.21487e-3, ''), (17.4286, 'local, at x1 = 0.8406 with x2, x3 -> -infinity')],
        [f'{num(bard_y[i - 1])} - (x1 + {i}/({16 - i}*x2 + {min(i, 16 - i)}*x3))' for i in range(1, 16)])
# 9 Gaussian
gauss_y = [0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521, 0.2420, 0.1295, 0.0540, 0.0175, 0.0044, 0.0009]
problem(9, 'Gaussian', 3, 15, [0.4, 1.0, 0.0], [(1.12793e-8, '')],
        [f'x1*exp(-x2*({num((8 - i) / 2)} - x3)^2/2) - {num(gauss_y[i - 1])}' for i in range(1, 16)])
# 10 Meyer
meyer_y = [34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005, 5147, 4427, 3820, 3307, 2872]
problem(10, 'Meyer', 3, 16, [0.02, 4000.0, 250.0], [(87.9458, '')],
        [f'x1*exp(x2/({45 + 5 * i} + x3)) - {meyer_y[i - 1]}' for i in range(1, 17)])
# 11 Gulf research and development, m = 99; |y_i - x2|^x3 written ((y_i - x2)^2)^(x3/2), smooth where y_i != x2
gulf = []
for i in range(1, 100):
    t = i / 100
    y = 25 + (-50 * math.log(t)) ** (2 / 3)
    gulf.append(f'exp(-(({num(y)} - x2)^2)^(x3/2)/x1) - {num(t)}')
problem(11, 'GulfResearch', 3, 99, [5.0, 2.5, 0.15], [(0.0, 'at (50, 25, 1.5)')], gulf)
# 12 Box three-dimensional, m = 10
problem(12, 'Box3D', 3, 10, [0.0, 10.0, 20.0], [(0.0, 'at (1, 10, 1), (10, 1, -1), (x, x, 0)')],
        [f'exp(-{num(0.1 * i)}*x1) - exp(-{num(0.1 * i)}*x2) - x3*{num(math.exp(-0.1 * i) - math.exp(-i))}' for i in range(1, 11)])
# 13 Powell singular
problem(13, 'PowellSingular', 4, 4, [3.0, -1.0, 0.0, 1.0], [(0.0, 'at the origin (singular Hessian)')],
        ['x1 + 10*x2', 'sqrt(5)*(x3 - x4)', '(x2 - 2*x3)^2', 'sqrt(10)*(x1 - x4)^2'])
# 14 Wood
problem(14, 'Wood', 4, 6, [-3.0, -1.0, -3.0, -1.0], [(0.0, 'at (1, 1, 1, 1)')],
        ['10*(x2 - x1^2)', '1 - x1', 'sqrt(90)*(x4 - x3^2)', '1 - x3', 'sqrt(10)*(x2 + x4 - 2)', '(x2 - x4)/sqrt(10)'])
# 15 Kowalik and Osborne
kow_y = [0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246]
kow_u = [4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625]
problem(15, 'KowalikOsborne', 4, 11, [0.25, 0.39, 0.415, 0.39], [(3.07505e-4, ''), (1.02734e-3, 'local, at (infinity, -14.07, -infinity, -infinity)')],
        [f'{num(y)} - x1*({num(u * u)} + {num(u)}*x2)/({num(u * u)} + {num(u)}*x3 + x4)' for y, u in zip(kow_y, kow_u)])
# 16 Brown and Dennis, m = 20
problem(16, 'BrownDennis', 4, 20, [25.0, 5.0, -5.0, -1.0], [(85822.2, '')],
        [f'(x1 + {num(i / 5)}*x2 - {num(math.exp(i / 5))})^2 + (x3 + x4*{num(math.sin(i / 5))} - {num(math.cos(i / 5))})^2' for i in range(1, 21)])
# 17 Osborne 1
osb1_y = [0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751, 0.718, 0.685, 0.658, 0.628, 0.603,
          0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467, 0.457, 0.448, 0.438, 0.431, 0.424, 0.420, 0.414, 0.411, 0.406]
problem(17, 'Osborne1', 5, 33, [0.5, 1.5, -1.0, 0.01, 0.02], [(5.46489e-5, '')],
        [f'{num(osb1_y[i - 1])} - (x1 + x2*exp(-{10 * (i - 1)}*x4) + x3*exp(-{10 * (i - 1)}*x5))' for i in range(1, 34)])
# 18 Biggs EXP6, m = 13
biggs = []
for i in range(1, 14):
    t = 0.1 * i
    y = math.exp(-t) - 5 * math.exp(-10 * t) + 3 * math.exp(-4 * t)
    biggs.append(f'x3*exp(-{num(t)}*x1) - x4*exp(-{num(t)}*x2) + x6*exp(-{num(t)}*x5) - {num(y)}')
problem(18, 'BiggsExp6', 6, 13, [1.0, 2.0, 1.0, 1.0, 1.0, 1.0], [(0.0, 'at (1, 10, 1, 5, 4, 3)'), (5.65565e-3, 'local')], biggs)
# 19 Osborne 2
osb2_y = [1.366, 1.191, 1.112, 1.013, 0.991, 0.885, 0.831, 0.847, 0.786, 0.725, 0.746, 0.679, 0.608, 0.655, 0.616, 0.606,
          0.602, 0.626, 0.651, 0.724, 0.649, 0.649, 0.694, 0.644, 0.624, 0.661, 0.612, 0.558, 0.533, 0.495, 0.500, 0.423,
          0.395, 0.375, 0.372, 0.391, 0.396, 0.405, 0.428, 0.429, 0.523, 0.562, 0.607, 0.653, 0.672, 0.708, 0.633, 0.668,
          0.645, 0.632, 0.591, 0.559, 0.597, 0.625, 0.739, 0.710, 0.729, 0.720, 0.636, 0.581, 0.428, 0.292, 0.162, 0.098, 0.054]
osb2 = []
for i in range(1, 66):
    t = num((i - 1) / 10)
    osb2.append(f'{num(osb2_y[i - 1])} - (x1*exp(-{t}*x5) + x2*exp(-({t} - x9)^2*x6) + x3*exp(-({t} - x10)^2*x7) + x4*exp(-({t} - x11)^2*x8))')
problem(19, 'Osborne2', 11, 65, [1.3, 0.65, 0.65, 0.7, 0.6, 3.0, 5.0, 7.0, 2.0, 4.5, 5.5], [(4.01377e-2, '')], osb2)
# 20 Watson, n = 6
n = 6
watson = []
for i in range(1, 30):
    t = i / 29
    first = ' + '.join(f'{num((j - 1) * t ** (j - 2))}*x{j}' for j in range(2, n + 1))
    second = ' + '.join(f'{num(t ** (j - 1))}*x{j}' for j in range(1, n + 1))
    watson.append(f'{first} - ({second})^2 - 1')
watson += ['x1', 'x2 - x1^2 - 1']
problem(20, 'Watson', n, 31, [0.0] * n, [(2.28767e-3, '')], watson)
# 21 Extended Rosenbrock, n = 10
n = 10
ext_rosen = []
for i in range(1, n // 2 + 1):
    ext_rosen += [f'10*(x{2 * i} - x{2 * i - 1}^2)', f'1 - x{2 * i - 1}']
problem(21, 'ExtendedRosenbrock', n, n, [-1.2, 1.0] * (n // 2), [(0.0, 'at (1, .., 1)')], ext_rosen)
# 22 Extended Powell singular, n = 12
n = 12
ext_powell = []
for i in range(1, n // 4 + 1):
    a, b, c, d = 4 * i - 3, 4 * i - 2, 4 * i - 1, 4 * i
    ext_powell += [f'x{a} + 10*x{b}', f'sqrt(5)*(x{c} - x{d})', f'(x{b} - 2*x{c})^2', f'sqrt(10)*(x{a} - x{d})^2']
problem(22, 'ExtendedPowellSingular', n, n, [3.0, -1.0, 0.0, 1.0] * (n // 4), [(0.0, 'at the origin (singular Hessian)')], ext_powell)
# 23 Penalty I, n = 10
n = 10
penalty1 = [f'sqrt(0.00001)*(x{i} - 1)' for i in range(1, n + 1)]
penalty1.append(' + '.join(f'x{j}^2' for j in range(1, n + 1)) + ' - 0.25')
problem(23, 'PenaltyI', n, n + 1, [float(j) for j in range(1, n + 1)], [(7.08765e-5, '')], penalty1)
# 24 Penalty II, n = 10
penalty2 = ['x1 - 0.2']
for i in range(2, n + 1):
    y = math.exp(i / 10) + math.exp((i - 1) / 10)
    penalty2.append(f'sqrt(0.00001)*(exp(x{i}/10) + exp(x{i - 1}/10) - {num(y)})')
for i in range(n + 1, 2 * n):
    penalty2.append(f'sqrt(0.00001)*(exp(x{i - n + 1}/10) - {num(math.exp(-0.1))})')
penalty2.append(' + '.join(f'{n - j + 1}*x{j}^2' for j in range(1, n + 1)) + ' - 1')
problem(24, 'PenaltyII', n, 2 * n, [0.5] * n, [(2.93660e-4, '')], penalty2)
# 25 Variably dimensioned, n = 10
weighted = ' + '.join(f'{j}*(x{j} - 1)' for j in range(1, n + 1))
problem(25, 'VariablyDimensioned', n, n + 2, [1 - j / n for j in range(1, n + 1)], [(0.0, 'at (1, .., 1)')],
        [f'x{i} - 1' for i in range(1, n + 1)] + [weighted, f'({weighted})^2'])
# 26 Trigonometric, n = 10
cosines = ' + '.join(f'cos(x{j})' for j in range(1, n + 1))
problem(26, 'Trigonometric', n, n, [1 / n] * n, [(0.0, ''), (2.79506e-5, 'local')],
        [f'{n} - ({cosines}) + {i}*(1 - cos(x{i})) - sin(x{i})' for i in range(1, n + 1)])
# 27 Brown almost-linear, n = 10
total = ' + '.join(f'x{j}' for j in range(1, n + 1))
problem(27, 'BrownAlmostLinear', n, n, [0.5] * n, [(0.0, 'at (1, .., 1)'), (1.0, 'local')],
        [f'x{i} + {total} - {n + 1}' for i in range(1, n)] + ['*'.join(f'x{j}' for j in range(1, n + 1)) + ' - 1'])
# 28 Discrete boundary value, n = 10
h = 1 / (n + 1)
t = [j * h for j in range(0, n + 2)]
dbv = []
for i in range(1, n + 1):
    left = f' - x{i - 1}' if i > 1 else ''
    right = f' - x{i + 1}' if i < n else ''
    dbv.append(f'2*x{i}{left}{right} + {num(h * h / 2)}*(x{i} + {num(t[i] + 1)})^3')
problem(28, 'DiscreteBoundaryValue', n, n, [t[j] * (t[j] - 1) for j in range(1, n + 1)], [(0.0, '')], dbv)
# 29 Discrete integral equation, n = 10
die = []
for i in range(1, n + 1):
    lower = ' + '.join(f'{num(t[j])}*(x{j} + {num(t[j] + 1)})^3' for j in range(1, i + 1))
    parts = [f'{num(1 - t[i])}*({lower})']
    if i < n:
        upper = ' + '.join(f'{num(1 - t[j])}*(x{j} + {num(t[j] + 1)})^3' for j in range(i + 1, n + 1))
        parts.append(f'{num(t[i])}*({upper})')
    die.append(f'x{i} + {num(h / 2)}*(' + ' + '.join(parts) + ')')
problem(29, 'DiscreteIntegralEquation', n, n, [t[j] * (t[j] - 1) for j in range(1, n + 1)], [(0.0, '')], die)
# 30 Broyden tridiagonal, n = 10
bt = []
for i in range(1, n + 1):
    left = f' - x{i - 1}' if i > 1 else ''
    right = f' - 2*x{i + 1}' if i < n else ''
    bt.append(f'(3 - 2*x{i})*x{i}{left}{right} + 1')
problem(30, 'BroydenTridiagonal', n, n, [-1.0] * n, [(0.0, '')], bt)
# 31 Broyden banded, n = 10, ml = 5, mu = 1
bb = []
for i in range(1, n + 1):
    band = [j for j in range(max(1, i - 5), min(n, i + 1) + 1) if j != i]
    bb.append(f'x{i}*(2 + 5*x{i}^2) + 1 - (' + ' + '.join(f'x{j}*(1 + x{j})' for j in band) + ')')
problem(31, 'BroydenBanded', n, n, [-1.0] * n, [(0.0, '')], bb)
# 32 Linear function, full rank, n = 10, m = 20
m = 20
problem(32, 'LinearFullRank', n, m, [1.0] * n, [(float(m - n), '')],
        [f'x{i} - {num(2 / m)}*({total}) - 1' for i in range(1, n + 1)] + [f'-{num(2 / m)}*({total}) - 1' for i in range(n + 1, m + 1)])
# 33 Linear function, rank 1, n = 10, m = 20
jsum = ' + '.join(f'{j}*x{j}' for j in range(1, n + 1))
problem(33, 'LinearRank1', n, m, [1.0] * n, [(m * (m - 1) / (2 * (2 * m + 1)), '')],
        [f'{i}*({jsum}) - 1' for i in range(1, m + 1)])
# 34 Linear function, rank 1 with zero columns and rows, n = 10, m = 20
inner = ' + '.join(f'{j}*x{j}' for j in range(2, n))
problem(34, 'LinearRank1ZeroColumnsRows', n, m, [1.0] * n, [((m * m + 3 * m - 6) / (2 * (2 * m - 3)), '')],
        ['-1'] + [f'{i - 1}*({inner}) - 1' for i in range(2, m)] + ['-1'],
        note='x1 and x10 do not appear')
# 35 Chebyquad, n = m = 8: T_i shifted to [0, 1] (T_i(2x - 1)), integral 0 for odd i, -1/(i^2 - 1) for even i
cheb = {0: [1], 1: [0, 1]}
for k in range(2, 9):
    prev, prev2 = cheb[k - 1], cheb[k - 2]
    c = [0] * (k + 1)
    for p, a in enumerate(prev):
        c[p + 1] += 2 * a
    for p, a in enumerate(prev2):
        c[p] -= a
    cheb[k] = c
def chebyshev(k, z):
    terms = []
    for p, a in enumerate(cheb[k]):
        if a == 0:
            continue
        terms.append(f'{num(a)}' if p == 0 else f'{num(a)}*{z}^{p}' if p > 1 else f'{num(a)}*{z}')
    return ' + '.join(terms)
n = 8
chebyquad = []
for i in range(1, n + 1):
    integral = 0.0 if i % 2 == 1 else -1 / (i * i - 1)
    mean = ' + '.join(f'({chebyshev(i, f"(2*x{j} - 1)")})' for j in range(1, n + 1))
    chebyquad.append(f'({mean})/{n} - {num(integral)}')
problem(35, 'Chebyquad', n, n, [j / (n + 1) for j in range(1, n + 1)], [(3.51687e-3, '')], chebyquad)

def cs_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'

def cs_double(v):
    s = repr(float(v))
    return s if ('.' in s or 'e' in s or 'inf' in s) else s + '.0'

lines = [
    '// <auto-generated>',
    '// Written by problems.py in this folder from the definitions of More, Garbow and Hillstrom,',
    '// "Testing unconstrained optimization software", ACM TOMS 7(1), 17-41 (1981). Edit the script, not this file.',
    '// </auto-generated>',
    'using System.Collections.Generic;',
    '',
    'namespace SymbolicGd.MoreGarbowHillstrom',
    '{',
    '    /// <summary>The More-Garbow-Hillstrom problems as [Loss] methods: sums of squares of the paper\'s residuals.</summary>',
    '    public static partial class Problems',
    '    {',
]
for p in problems:
    params = ', '.join('double ' + x for x in xs(p['n']))
    lines.append(f'        // {p["number"]}. {p["name"]}: n = {p["n"]}, m = {p["m"]}.' + (f' {p["note"]}.' if p['note'] else ''))
    lines.append(f'        [Loss({cs_string(p["expression"])})]')
    lines.append(f'        public static partial double {p["name"]}({params});')
    lines.append('')
lines.append('        /// <summary>Every problem with its start and published minima, in the paper\'s order.</summary>')
lines.append('        public static IReadOnlyList<TestProblem> All { get; } = new TestProblem[]')
lines.append('        {')
for p in problems:
    start = ', '.join(cs_double(v) for v in p['start'])
    minima = ', '.join(f'new PublishedMinimum({cs_double(v)}, {cs_string(label)})' for v, label in p['minima'])
    lines.append(f'            new({p["number"]}, "{p["name"]}", {p["m"]}, new double[] {{ {start} }}, new[] {{ {minima} }}, (start, options) => GradientDescent.Minimize<{p["name"]}Loss>(start, options)),')
lines.append('        };')
lines.append('    }')
lines.append('}')
with open('MoreGarbowHillstromProblems.cs', 'w') as out:
    out.write('\n'.join(lines) + '\n')
print(len(problems), 'problems,', sum(len(p['expression']) for p in problems), 'characters of expressions')
