namespace SymbolicGd
{
    // The name a message gives a loss: the user's type (QuadraticLoss), never the runtime's
    // adapter around it, and the run-time type when the loss is passed as an interface or class.
    internal static class LossNames
    {
        public static string Of<TLoss>(TLoss loss)
            where TLoss : ILoss =>
            typeof(TLoss).IsValueType || loss is null ? typeof(TLoss).Name : loss.GetType().Name;
    }
}
