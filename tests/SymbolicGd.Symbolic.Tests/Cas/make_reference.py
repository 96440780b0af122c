#!/usr/bin/env python3
"""Writes cas-reference.tsv: value, gradient and Hessian of classic derivative cases and
realistic losses, log-sum-exp, and derivatives at and near the points where a careless form gives
0 * infinity (powers of squares, norms of tiny and huge arguments), computed by SymPy (an
independent computer algebra system) and evaluated with 40-digit arithmetic; at a point where
SymPy's own formula is 0 * infinity, the value is its two-sided limit. The C# test CasReferenceTests compares the engine against this file, so the
file is data from another system, never output of the code under test.

Run from this folder: python3 make_reference.py   (needs sympy; CI only reads the .tsv)
"""
import sympy as sp

sigmoid = sp.Lambda(sp.Symbol("z"), 1 / (1 + sp.exp(-sp.Symbol("z"))))
softplus = sp.Lambda(sp.Symbol("z"), sp.log(1 + sp.exp(sp.Symbol("z"))))


def logsumexp(*args):
    return sp.log(sum(sp.exp(a) for a in args))


# (expression in SymbolicGd's language, parameters, points). Points lie inside the domain.
CASES = [
    # polynomials and rational functions
    ("x^2", "x", [[3.0], [-1.5]]),
    ("3*x^5 - 2*x^3 + x - 7", "x", [[0.7], [-1.3]]),
    ("(x - 1)*(x + 2)*(x - 3)", "x", [[0.5], [2.5]]),
    ("1/x", "x", [[2.0], [-0.3]]),
    ("x^-3", "x", [[1.7]]),
    ("(x^2 + 1)/(x - 2)", "x", [[0.5], [3.5]]),
    ("x/(1 + x^2)", "x", [[0.3], [-2.0]]),
    ("(2*x + 1)^7", "x", [[0.1]]),
    ("(x^3 - x)^4/(x^2 + 3)^2", "x", [[1.3]]),
    ("x^2*y + y^3 - 4*x*y", "x y", [[1.0, 2.0], [-0.5, 0.7]]),
    ("(x + y + z)^3", "x y z", [[0.1, 0.2, 0.3]]),
    ("x*y*z/(x + y + z)", "x y z", [[1.0, 2.0, 3.0]]),
    # exp and log
    ("exp(x)", "x", [[0.5]]),
    ("exp(-x^2)", "x", [[0.8]]),
    ("exp(x)*sin(x)", "x", [[1.2]]),
    ("log(x)", "x", [[2.5]]),
    ("log(x^2 + 1)", "x", [[-1.7]]),
    ("log(log(x))", "x", [[3.0]]),
    ("x*log(x) - x", "x", [[1.9]]),
    ("exp(x*y)/(1 + y^2)", "x y", [[0.4, -0.9]]),
    ("log(exp(x) + exp(y))", "x y", [[0.3, -1.1], [5.0, 4.0]]),
    ("e^x + x^e", "x", [[1.4]]),
    ("2^x", "x", [[1.5]]),
    ("x^x", "x", [[1.3], [0.4]]),
    ("pow(x, y)", "x y", [[1.7, 2.3]]),
    ("x^(y^2)", "x y", [[1.2, 0.8]]),
    ("(1 + 1/x)^x", "x", [[2.0]]),
    # roots
    ("sqrt(x)", "x", [[4.0]]),
    ("sqrt(x^2 + y^2)", "x y", [[3.0, 4.0]]),
    ("x^0.5 + x^1.5 + x^(1/3)", "x", [[2.2]]),
    ("1/sqrt(1 - x^2)", "x", [[0.4]]),
    ("sqrt(1 + sqrt(1 + x))", "x", [[0.6]]),
    # trigonometric
    ("sin(x)", "x", [[0.7]]),
    ("cos(x)^2 - sin(x)^2", "x", [[1.1]]),
    ("tan(x)", "x", [[0.3]]),
    ("sin(x)*cos(y)", "x y", [[0.5, 1.5]]),
    ("sin(x*y + z)", "x y z", [[0.2, 0.3, 0.4]]),
    ("sin(sin(sin(x)))", "x", [[0.9]]),
    ("cos(x^2)/x", "x", [[1.3]]),
    ("tan(x/2)^2", "x", [[0.8]]),
    ("sin(2*pi*x)", "x", [[0.1]]),
    # inverse trigonometric
    ("asin(x)", "x", [[0.3]]),
    ("acos(x)", "x", [[-0.6]]),
    ("atan(x)", "x", [[2.0]]),
    ("atan(y/x)", "x y", [[1.5, 0.5]]),
    ("asin(x/2) + acos(x/3)", "x", [[0.9]]),
    ("x*atan(x) - log(1 + x^2)/2", "x", [[1.1]]),
    ("asin(sqrt(x))", "x", [[0.3]]),
    # hyperbolic
    ("sinh(x)", "x", [[0.6]]),
    ("cosh(x)", "x", [[-1.2]]),
    ("tanh(x)", "x", [[0.4], [3.0]]),
    ("tanh(x*y)", "x y", [[0.7, 1.1]]),
    ("cosh(x)^2 - sinh(x)^2", "x", [[1.3]]),
    ("log(cosh(x))", "x", [[0.9]]),
    ("sinh(x)/x", "x", [[0.5]]),
    # sigmoid and softplus
    ("sigmoid(x)", "x", [[0.5], [-3.0]]),
    ("softplus(x)", "x", [[0.2], [-4.0]]),
    ("sigmoid(x*y)^2", "x y", [[0.8, -0.5]]),
    ("softplus(x - y) + softplus(y - x)", "x y", [[0.3, 1.4]]),
    ("log(sigmoid(x))", "x", [[1.2]]),
    # powers of sums and chains
    ("(sin(x) + cos(y))^3", "x y", [[0.4, 0.9]]),
    ("exp(sin(x)*cos(x))", "x", [[0.6]]),
    ("(x - 3)^2", "x", [[-1.0]]),
    ("-x^2", "x", [[1.5]]),
    ("x^2^-1", "x", [[2.3]]),
    ("1/(1 + exp(-(w*1.5 + b)))", "w b", [[0.3, -0.2]]),
    # classic optimisation test functions
    ("(1 - x)^2 + 100*(y - x^2)^2", "x y", [[-1.2, 1.0], [0.5, 0.5]]),
    ("(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", "x y", [[1.0, 1.0], [0.3, -0.4]]),
    ("(x + 2*y - 7)^2 + (2*x + y - 5)^2", "x y", [[0.0, 0.0]]),
    ("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "x y", [[1.0, 1.0], [-2.0, 3.0]]),
    ("0.26*(x^2 + y^2) - 0.48*x*y", "x y", [[1.0, -2.0]]),
    ("sin(x + y) + (x - y)^2 - 1.5*x + 2.5*y + 1", "x y", [[0.3, -0.7]]),
    ("2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2", "x y", [[0.5, 0.5]]),
    ("(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)/2", "x y", [[-2.9, 1.2]]),
    ("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", "x y", [[0.3, -0.2]]),
    ("-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20", "x y", [[0.4, -0.6]]),
    ("-cos(x)*cos(y)*exp(-((x - pi)^2 + (y - pi)^2))", "x y", [[3.0, 3.3]]),
    ("(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))*(30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))", "x y", [[0.2, -0.8]]),
    ("100*(y - x^3)^2 + (1 - x)^2", "x y", [[0.5, 0.2]]),
    ("(x - 1)^2 + (y - 2)^2 + (z - 3)^2 + x*y*z", "x y z", [[0.5, 1.0, 1.5]]),
    ("sum1^2 + sin(sum1)", "sum1", [[0.8]]),
    # realistic losses
    ("softplus(-(w0 + 0.5*w1)) + softplus(w0 - 1.5*w1) + 0.01*(w0^2 + w1^2)", "w0 w1", [[0.2, -0.3]]),
    ("log(exp(a) + exp(b) + exp(c)) - a", "a b c", [[0.1, 0.5, -0.3]]),
    ("log(s) + (0.7 - m)^2/(2*s^2)", "m s", [[0.4, 1.3]]),
    ("log(1 + (r - 2)^2)", "r", [[3.5]]),
    ("sqrt(1 + (x - 1)^2) - 1", "x", [[2.5]]),
    ("(sigmoid(w*1.5 + b) - 1)^2 + (sigmoid(w*(-0.5) + b))^2", "w b", [[0.4, 0.1]]),
    ("(a*exp(-b*0.5) - 1.2)^2 + (a*exp(-b*1.5) - 0.6)^2 + (a*exp(-b*2.5) - 0.3)^2", "a b", [[1.5, 0.6]]),
    ("(tanh(w1*0.3 + w2*0.7) - 0.5)^2 + (tanh(w1*(-0.2) + w2*0.4) + 0.1)^2", "w1 w2", [[0.5, -0.4]]),
    ("x^4 - 2*x^2*y + y^2 + (x - 1)^2", "x y", [[0.7, 0.3]]),
    ("exp(x - 2*y) + exp(y - 2*x) + x^2*y^2", "x y", [[0.2, 0.1]]),
    ("(x*y - 1)^2 + (x + y - 3)^2 + 0.1*log(1 + x^2 + y^2)", "x y", [[1.2, 0.9]]),
    ("atan(x - y)^2 + asin(x*y/4)", "x y", [[0.6, 0.9]]),
    ("cosh(x - 1) + sinh(y)*tanh(y)", "x y", [[0.5, 0.3]]),
    ("pow(x^2 + 1, 1.5) - pow(y, 3)", "x y", [[0.4, 1.2]]),
    ("(e - pi)^2", "e pi", [[1.0, 2.0]]),
    ("-x^2*log(x) + 1e-3*x", "x", [[0.7]]),
    ("2.5E+4*x^2 - 1e-3*x", "x", [[0.01]]),
    # log-sum-exp: at points where exp overflows a double (SymPy's arithmetic does not)
    ("log(exp(x) + exp(y))", "x y", [[800.0, 800.0], [1000.0, 0.0], [-800.0, -800.0], [3.0, -47.0]]),
    ("logsumexp(x, y)", "x y", [[0.3, -1.1], [-745.0, 2.0]]),
    ("logsumexp(x, y, z)", "x y z", [[2.0, 2.0, 2.0], [0.1, -0.2, 700.0]]),
    ("logsumexp(x, 2*y, x*y)", "x y", [[0.3, 0.4], [300.0, 2.0]]),
    ("log(1 + exp(x) + exp(y))", "x y", [[1.0, 2.0], [800.0, -800.0]]),
    ("logsumexp(x) + logsumexp(x, 0)", "x", [[1.5], [-30.0]]),
    ("logsumexp(w0 + 0.5*w1, 0.2*w0 - w1, 0) - (w0 + 0.5*w1) + 0.1*(w0^2 + w1^2)", "w0 w1", [[0.4, -0.3]]),
    # finite limits: powers of squares, norms of tiny and huge arguments, powers of abs, x^x
    # near 0 (at a point where the formula is 0 * infinity the value is SymPy's two-sided limit)
    ("(x^2)^1.5", "x", [[0.0], [1e-200], [-0.7]]),
    ("(x^2)^2.5", "x", [[0.0], [-1.3]]),
    ("(x^2)^0.5", "x", [[1e-200], [-2.5]]),
    ("sqrt(x^2)", "x", [[-1e-200], [1e200]]),
    ("(x^2)^2 + (x^2)^1", "x", [[-1.5]]),
    ("abs(x)^3", "x", [[0.0], [0.4]]),
    ("sqrt(4*x^2) + (x^4)^0.25", "x", [[-1e-200], [0.3]]),
    ("sqrt(x^2 + y^2)", "x y", [[1e-200, 0.0], [3e-200, 4e-200], [3e200, -4e200], [0.0, -1e-300]]),
    ("sqrt(x^2 + y^2 + z^2)", "x y z", [[2e-200, 3e-200, 6e-200], [1.0, -2.0, 2.0]]),
    ("(x^2 + y^2)^1.5", "x y", [[1e-200, 0.0], [0.3, -0.4]]),
    ("sqrt(0.5*(x^2 + y^2))", "x y", [[1e-200, 0.0]]),
    ("sqrt((x - 1)^2 + (y - 2)^2)", "x y", [[1.0000000000000002, 2.0], [4.0, 6.0]]),
    ("x^x", "x", [[1e-100], [1e-3]]),
]


def to_sympy(text, names):
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    namespace = dict(symbols)
    namespace.update({"exp": sp.exp, "log": sp.log, "sqrt": sp.sqrt, "sin": sp.sin, "cos": sp.cos,
                      "tan": sp.tan, "asin": sp.asin, "acos": sp.acos, "atan": sp.atan, "sinh": sp.sinh,
                      "cosh": sp.cosh, "tanh": sp.tanh, "abs": sp.Abs, "sigmoid": sigmoid,
                      "softplus": softplus, "pow": sp.Pow, "logsumexp": logsumexp})
    namespace.setdefault("pi", sp.pi)
    namespace.setdefault("e", sp.E)
    # ^ is right-associative like Python's **; unary minus binds looser than both.
    # Literals as exact rationals (0.3 = 3/10), as the engine reads them.
    transformations = sp.parsing.sympy_parser.standard_transformations + (sp.parsing.sympy_parser.rationalize,)
    parsed = sp.parse_expr(text.replace("^", "**"), local_dict=namespace, transformations=transformations)
    return parsed, [symbols[n] for n in names]


def number(value):
    # The double exactly, as a rational: evalf then raises its working precision until 40 digits
    # are right, through cancellations such as 1/r - x^2/r^3 at (1e-200, 0) or p (1 - p) with
    # 1 - p = e^-1000 (up to 4000 digits).
    return sp.Rational(value)


def main():
    rows = ["# expression\tparameters\tpoint\tvalue\tgradient\thessian (row-major); SymPy " + sp.__version__ + ", 40-digit evaluation"]
    for text, params, points in CASES:
        names = params.split()
        expr, symbols = to_sympy(text, names)
        gradient = [sp.diff(expr, s) for s in symbols]
        hessian = [sp.diff(g, s) for g in gradient for s in symbols]
        for point in points:
            subs = {s: number(v) for s, v in zip(symbols, point)}

            def ev(q):
                value = sp.N(q.subs(subs), 40, maxn=4000)
                if not value.is_finite and len(symbols) == 1:
                    # 0 * infinity (or a DiracDelta of 0) at a special point: the two-sided limit
                    value = sp.N(sp.limit(q, symbols[0], sp.nsimplify(point[0]), "+-"), 40, maxn=4000)
                return format(float(value), ".17g")

            rows.append("\t".join([
                text, " ".join(names), " ".join(repr(float(v)) for v in point), ev(expr),
                " ".join(ev(g) for g in gradient), " ".join(ev(h) for h in hessian)]))
    with open("cas-reference.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print(f"{len(rows) - 1} reference points for {len(CASES)} expressions")


if __name__ == "__main__":
    main()
