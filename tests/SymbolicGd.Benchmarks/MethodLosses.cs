using SymbolicGd;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// More-Garbow-Hillstrom penalty function I, a*sum (x_j - 1)^2 + (sum x_j^2 - 1/4)^2 with
    /// a = 1e-5, at n = 2, 10 and 50: its Hessian 2a I + 4(sum x^2 - 1/4) I + 8 x x^T is dense, so
    /// a descent step pays the full eigen solve (and Newton the full factorisation) at every size.
    /// </summary>
    public static partial class MethodLosses
    {
        [Loss("0.00001*((x1 - 1)^2 + (x2 - 1)^2) + (x1^2 + x2^2 - 0.25)^2")]
        public static partial double Penalty2(double x1, double x2);

        [Loss("0.00001*((x1 - 1)^2 + (x2 - 1)^2 + (x3 - 1)^2 + (x4 - 1)^2 + (x5 - 1)^2 + (x6 - 1)^2 + (x7 - 1)^2 + (x8 - 1)^2 + (x9 - 1)^2 + (x10 - 1)^2) + (x1^2 + x2^2 + x3^2 + x4^2 + x5^2 + x6^2 + x7^2 + x8^2 + x9^2 + x10^2 - 0.25)^2")]
        public static partial double Penalty10(double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8, double x9, double x10);

        [Loss("0.00001*((x1 - 1)^2 + (x2 - 1)^2 + (x3 - 1)^2 + (x4 - 1)^2 + (x5 - 1)^2 + (x6 - 1)^2 + (x7 - 1)^2 + (x8 - 1)^2 + (x9 - 1)^2 + (x10 - 1)^2 + (x11 - 1)^2 + (x12 - 1)^2 + (x13 - 1)^2 + (x14 - 1)^2 + (x15 - 1)^2 + (x16 - 1)^2 + (x17 - 1)^2 + (x18 - 1)^2 + (x19 - 1)^2 + (x20 - 1)^2 + (x21 - 1)^2 + (x22 - 1)^2 + (x23 - 1)^2 + (x24 - 1)^2 + (x25 - 1)^2 + (x26 - 1)^2 + (x27 - 1)^2 + (x28 - 1)^2 + (x29 - 1)^2 + (x30 - 1)^2 + (x31 - 1)^2 + (x32 - 1)^2 + (x33 - 1)^2 + (x34 - 1)^2 + (x35 - 1)^2 + (x36 - 1)^2 + (x37 - 1)^2 + (x38 - 1)^2 + (x39 - 1)^2 + (x40 - 1)^2 + (x41 - 1)^2 + (x42 - 1)^2 + (x43 - 1)^2 + (x44 - 1)^2 + (x45 - 1)^2 + (x46 - 1)^2 + (x47 - 1)^2 + (x48 - 1)^2 + (x49 - 1)^2 + (x50 - 1)^2) + (x1^2 + x2^2 + x3^2 + x4^2 + x5^2 + x6^2 + x7^2 + x8^2 + x9^2 + x10^2 + x11^2 + x12^2 + x13^2 + x14^2 + x15^2 + x16^2 + x17^2 + x18^2 + x19^2 + x20^2 + x21^2 + x22^2 + x23^2 + x24^2 + x25^2 + x26^2 + x27^2 + x28^2 + x29^2 + x30^2 + x31^2 + x32^2 + x33^2 + x34^2 + x35^2 + x36^2 + x37^2 + x38^2 + x39^2 + x40^2 + x41^2 + x42^2 + x43^2 + x44^2 + x45^2 + x46^2 + x47^2 + x48^2 + x49^2 + x50^2 - 0.25)^2")]
        public static partial double Penalty50(double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8, double x9, double x10, double x11, double x12, double x13, double x14, double x15, double x16, double x17, double x18, double x19, double x20, double x21, double x22, double x23, double x24, double x25, double x26, double x27, double x28, double x29, double x30, double x31, double x32, double x33, double x34, double x35, double x36, double x37, double x38, double x39, double x40, double x41, double x42, double x43, double x44, double x45, double x46, double x47, double x48, double x49, double x50);
    }
}
